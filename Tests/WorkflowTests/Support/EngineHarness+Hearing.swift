@testable import Workflow

extension EngineHarness {
    /// 当事人申请听证 with the particulars 行政处罚法 Art. 64 asks the notice to fix; the host is the
    /// legal officer, who did not investigate.
    static func hearingRequest(on date: String, host: String = "u-legal", servedOn: String? = nil) -> ActionRequest {
        var inputs = ["hearing-date": date, "hearing-time": "9:30", "hearing-place": "本局三楼会议室", "hearing-public": "公开举行", "hearing-host": host]
        if let servedOn { inputs["served-on"] = servedOn }
        return ActionRequest(action: "request-hearing", opinion: "当事人于收到告知书后第二日书面申请听证", inputs: inputs)
    }
}

extension EngineHarness {
    /// A service record (送达) on `date`, handed to the party in person.
    static func service(_ action: String, on date: String, method: String = "直接送达") -> ActionRequest {
        ActionRequest(action: action, inputs: ["service-method": method, "served-on": date, "recipient": "张三本人", "receipt-number": "SD-001"])
    }
}
