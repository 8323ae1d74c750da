import Workflow

/// Amounts in Chinese capital numerals (大写金额), as decisions and receipts write money beside the
/// figure so that it cannot be altered by adding a stroke: 20,000 yuan is 贰万元整, 23,000.50 yuan is
/// 贰万叁仟元伍角. The rules are those of the 支付结算办法: 整 after 元, none after 角 or 分, one 零
/// for any run of zeros between non-zero digits.
public enum ChineseCapitalNumerals {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let places = ["仟", "佰", "拾", ""]
    static let groups = ["", "万", "亿", "万亿"]

    /// The amount in capitals; nil for a negative amount or one beyond 万亿, which no fine reaches.
    public static func yuan(_ money: Money) -> String? {
        guard money.fen >= 0 else { return nil }
        let yuan = money.fen / 100
        let jiao = Int((money.fen / 10) % 10)
        let fen = Int(money.fen % 10)
        guard let integer = integerPart(yuan) else { return nil }
        if yuan == 0 && jiao == 0 && fen == 0 { return "零元整" }
        var text = yuan > 0 ? integer + "元" : ""
        if jiao == 0 && fen == 0 { return text + "整" }
        if jiao > 0 {
            text.append(digits[jiao])
            text += "角"
        } else if yuan > 0 {
            text += "零"
        }
        if fen > 0 {
            text.append(digits[fen])
            text += "分"
        }
        return text
    }

    /// 123456 → 壹拾贰万叁仟肆佰伍拾陆 (the financial style keeps 壹 before 拾).
    static func integerPart(_ value: Int64) -> String? {
        guard value >= 0 else { return nil }
        if value == 0 { return "" }
        var chunks: [Int] = []
        var rest = value
        while rest > 0 {
            chunks.append(Int(rest % 10_000))
            rest /= 10_000
        }
        guard chunks.count <= groups.count else { return nil }
        var text = ""
        var pendingZero = false
        for index in stride(from: chunks.count - 1, through: 0, by: -1) {
            let chunk = chunks[index]
            if chunk == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if !text.isEmpty && chunk < 1000 { pendingZero = true }
            let chunkDigits = [chunk / 1000, (chunk / 100) % 10, (chunk / 10) % 10, chunk % 10]
            var started = false
            for (place, digit) in chunkDigits.enumerated() {
                if digit == 0 {
                    if started { pendingZero = true }
                    continue
                }
                if pendingZero {
                    text += "零"
                    pendingZero = false
                }
                text.append(digits[digit])
                text += places[place]
                started = true
            }
            text += groups[index]
        }
        return text
    }

    /// "20,000.00": the figure with thousands separators and two decimals, as written in a
    /// decision beside the capitals.
    public static func figure(_ money: Money) -> String {
        let yuan = money.fen / 100
        let cents = money.fen % 100
        var digits = String(yuan)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return digits + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
