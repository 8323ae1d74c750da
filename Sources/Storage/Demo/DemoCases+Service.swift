import Foundation
import Workflow

extension DemoCases {
    /// A service record (送达) of `days` ago: handed to the party's named recipient, who signed
    /// the 送达回证.
    func served(_ days: Int, to recipient: String) -> [String: String] {
        ["service-method": "直接送达", "served-on": CivilDate.inShanghai(day(days)).description, "recipient": recipient]
    }

    /// A fine's payment (行政处罚法 Art. 67) of `daysAgo` with its receipt number.
    func paid(_ yuan: String, daysAgo: Int, receipt: String) -> [String: String] {
        ["paid-amount": yuan, "paid-on": CivilDate.inShanghai(day(daysAgo)).description, "payment-receipt": receipt]
    }
}
