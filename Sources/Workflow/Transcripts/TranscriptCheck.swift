import Foundation
import Localization

/// What is wrong with a transcript before it is stored, every problem at once so the handler
/// corrects them in one go. Pure: the officers qualified on the day, the active users and the
/// current minute are passed in.
public enum TranscriptCheck {
    public static let bodyLimit = 100_000
    public static let headLimit = 200

    /// The kind the draft names, or the refusal listing the kinds.
    public static func kind(_ draft: TranscriptDraft, in kinds: [TranscriptKind]) -> Result<TranscriptKind, Rejection> {
        guard let kind = TranscriptKind.find(draft.kind, in: kinds) else {
            return .failure(Rejection([TranscriptPhrases.unknownKind(draft.kind, kinds.map(\.name).joined(separator: "、"))]))
        }
        return .success(kind)
    }

    /// Every problem of the draft as `kind`; empty when it may be stored. `qualified` are the
    /// officers holding a certificate valid today on an officer's post, `users` the active users.
    public static func problems(_ draft: TranscriptDraft, kind: TranscriptKind, qualified: Set<String>, users: Set<String>,
                                now: (day: CivilDate, minute: String)) -> [Message] {
        var problems: [Message] = []
        let known = kind.heads.map(\.code)
        for code in draft.heads.keys.sorted() where !known.contains(code) {
            problems.append(TranscriptPhrases.headUnknown(kind.name, code, kind.heads.map { "\($0.code)（\($0.name)）" }.joined(separator: "、")))
        }
        var times: [(head: TranscriptHead, value: String)] = []
        for head in kind.heads {
            let value = (draft.heads[head.code] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                if head.required { problems.append(TranscriptPhrases.headMissing(kind.name, head.name)) }
                continue
            }
            if value.count > headLimit { problems.append(TranscriptPhrases.headTooLong(head.name, headLimit)) }
            switch head.type {
            case .time:
                guard let minute = minute(value) else {
                    problems.append(TranscriptPhrases.headBadTime(head.name, value))
                    continue
                }
                if minute > now.minute { problems.append(TranscriptPhrases.headTimeFuture(head.name, minute)) }
                times.append((head, minute))
            case .identity:
                if case let .failure(problem) = IdentityCheck.detectAndValidate(value, today: CivilDateParts(year: now.day.year, month: now.day.month, day: now.day.day)) {
                    problems.append(TranscriptPhrases.headBadIdentity(head.name, problem.message))
                }
            case .text:
                break
            }
        }
        // Times in the order the kind declares them (started before ended) never run backwards.
        for (earlier, later) in zip(times, times.dropFirst()) where later.value < earlier.value {
            problems.append(TranscriptPhrases.headTimeOrder(later.head.name, later.value, earlier.head.name, earlier.value))
        }
        let officers = distinctOfficers(draft.officers)
        for officer in officers where !qualified.contains(officer) {
            problems.append(TranscriptPhrases.notAnOfficer(officer, kind.basis))
        }
        if officers.count < kind.officers {
            problems.append(TranscriptPhrases.tooFewOfficers(kind.name, kind.officers, kind.basis, officers.count))
        }
        let recorder = draft.recorder.trimmingCharacters(in: .whitespacesAndNewlines)
        if recorder.isEmpty {
            problems.append(TranscriptPhrases.recorderMissing())
        } else if !users.contains(recorder) {
            problems.append(TranscriptPhrases.recorderUnknown(recorder))
        }
        let body = draft.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { problems.append(TranscriptPhrases.bodyEmpty()) }
        if body.count > bodyLimit { problems.append(TranscriptPhrases.bodyTooLong(bodyLimit, body.count)) }
        return problems
    }

    /// The officers named, in order, each once.
    public static func distinctOfficers(_ named: [String]) -> [String] {
        var seen = Set<String>()
        return named.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// "2026-03-16 09:30" (also with "T", full-width colon, or one-digit hour) in its one form, or nil.
    public static func minute(_ text: String) -> String? {
        let folded = text.replacingOccurrences(of: "：", with: ":").replacingOccurrences(of: "T", with: " ")
        let parts = folded.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = CivilDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, clock[1].count == 2, let hour = Int(clock[0]), let minute = Int(clock[1]),
              (0...23).contains(hour), (0...59).contains(minute), clock[0].count <= 2
        else { return nil }
        return "\(day) " + String(format: "%02d:%02d", hour, minute)
    }
}
