import Workflow

/// What the transcript dialogs ask of the database, performed by the desk
/// (`MainDeskView.runTranscript`): store a new transcript, print one.
enum TranscriptOperation {
    case save(TranscriptFormDialog)
    case print(TranscriptsDialog)
}
