import Localization
import Testing
@testable import Workflow

extension Result where Success == IdentityNumber, Failure == IdentityProblem {
    /// The key of the rejection, or `nil` on success. Also checks the problem's phrase is
    /// registered in `IdentityPhrases.all`, so no message escapes the catalogue.
    var problemKey: String? {
        guard case .failure(let problem) = self else { return nil }
        #expect(IdentityPhrases.all.contains(problem.message.phrase), "unregistered phrase \(problem.message.key)")
        return problem.message.key
    }

    var problem: IdentityProblem? {
        guard case .failure(let problem) = self else { return nil }
        return problem
    }

    var number: IdentityNumber? {
        guard case .success(let number) = self else { return nil }
        return number
    }
}
