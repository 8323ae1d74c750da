/// Phrases of the identity area: why an ID number or organisation code was refused, and the names
/// of what a valid one decodes to.
///
/// Rejections are written for the window clerk: each says what is wrong and where to look, so the
/// clerk can correct the entry with the applicant instead of guessing. Check-digit messages say
/// the expected value but warn against "fixing" only the last character, because a mismatch
/// usually means a mistyped digit elsewhere.
public enum IdentityPhrases {
    // MARK: Any kind

    public static let empty = Phrase(
        "identity.empty",
        zh: "未填写号码，请输入证件号码或代码。",
        en: "No number was entered. Please enter the ID number or code."
    )
    public static let unrecognized = Phrase(
        "identity.unrecognized",
        zh: "无法判断“{0}”是哪类号码。可核验：18位身份证号码、18位统一社会信用代码、9位组织机构代码（如12345678-9）、中国护照号码（如E12345678）、军官证号码（如南字第12345678号）；外国护照请先选择证件类型再核验。",
        en: "Cannot tell what kind of number “{0}” is. Accepted: an 18-character resident ID number, an 18-character unified social credit code, a 9-character organisation code (e.g. 12345678-9), a Chinese passport number (e.g. E12345678), a military officer card number (e.g. 南字第12345678号). For a foreign passport, choose the document type first."
    )

    // MARK: Resident ID (GB 11643-1999)

    public static let residentWrongLength = Phrase(
        "identity.residentID.wrongLength",
        zh: "身份证号码应为{0}位，实际为{1}位，请核对是否漏输或多输。",
        en: "A resident ID number has {0} characters; this one has {1}. Check for a missing or extra digit."
    )
    public static let residentIllegalCharacter = Phrase(
        "identity.residentID.illegalCharacter",
        zh: "身份证号码第{1}位“{0}”无效：前17位只能是数字，最后一位为数字或X。",
        en: "Character {1} of the resident ID number, “{0}”, is not allowed: the first 17 characters are digits, the last is a digit or X."
    )
    public static let residentUnknownProvince = Phrase(
        "identity.residentID.unknownProvince",
        zh: "身份证号码前两位“{0}”不是有效的省级行政区划代码，请核对前两位。",
        en: "The first two digits of the resident ID number, “{0}”, are not a province-level area code. Check the first two digits."
    )
    public static let residentImpossibleBirthDate = Phrase(
        "identity.residentID.impossibleBirthDate",
        zh: "身份证号码第7至14位的出生日期“{0}”不存在，请核对出生年月日。",
        en: "The birth date in characters 7–14 of the resident ID number, “{0}”, does not exist. Check the year, month and day of birth."
    )
    public static let residentBirthDateTooEarly = Phrase(
        "identity.residentID.birthDateTooEarly",
        zh: "身份证号码第7至14位的出生日期“{0}”早于{1}年，请核对出生年份。",
        en: "The birth date in characters 7–14 of the resident ID number, “{0}”, is before {1}. Check the year of birth."
    )
    public static let residentBirthDateInFuture = Phrase(
        "identity.residentID.birthDateInFuture",
        zh: "身份证号码第7至14位的出生日期“{0}”晚于今天（{1}），请核对出生年月日。",
        en: "The birth date in characters 7–14 of the resident ID number, “{0}”, is after today ({1}). Check the year, month and day of birth."
    )
    public static let residentCheckDigitMismatch = Phrase(
        "identity.residentID.checkDigitMismatch",
        zh: "身份证号码校验码不符：按前17位计算，最后一位应为“{0}”，实际为“{1}”。请核对最后一位，并逐位核对前17位，不要只改最后一位。",
        en: "Resident ID check digit mismatch: from the first 17 digits the last character should be “{0}”, but it is “{1}”. Check the last character, then every other digit; do not just change the last one."
    )

    // MARK: Unified social credit code (GB 32100-2015)

    public static let creditWrongLength = Phrase(
        "identity.creditCode.wrongLength",
        zh: "统一社会信用代码应为{0}位，实际为{1}位，请核对是否漏输或多输。",
        en: "A unified social credit code has {0} characters; this one has {1}. Check for a missing or extra character."
    )
    public static let creditIllegalCharacter = Phrase(
        "identity.creditCode.illegalCharacter",
        zh: "统一社会信用代码第{1}位“{0}”无效：代码只由数字和大写字母组成（不含I、O、Z、S、V）。",
        en: "Character {1} of the unified social credit code, “{0}”, is not allowed: the code uses only digits and capital letters (never I, O, Z, S or V)."
    )
    public static let creditExcludedLetter = Phrase(
        "identity.creditCode.excludedLetter",
        zh: "统一社会信用代码第{1}位为“{0}”，但代码不使用字母I、O、Z、S、V，请核对是否应为数字1、0、2、5或其他字符。",
        en: "Character {1} of the unified social credit code is “{0}”, but the code never uses the letters I, O, Z, S or V. Check whether it should be the digit 1, 0, 2, 5 or another character."
    )
    public static let creditAreaNotDigits = Phrase(
        "identity.creditCode.areaNotDigits",
        zh: "统一社会信用代码第3至8位应为6位数字的登记管理机关行政区划码，实际为“{0}”，请核对。",
        en: "Characters 3–8 of the unified social credit code must be the 6-digit area code of the registering office, but they are “{0}”. Please check them."
    )
    public static let creditCheckCharacterMismatch = Phrase(
        "identity.creditCode.checkCharacterMismatch",
        zh: "统一社会信用代码校验码不符：按前17位计算，最后一位应为“{0}”，实际为“{1}”。请核对最后一位，并逐位核对前17位，不要只改最后一位。",
        en: "Unified social credit code check character mismatch: from the first 17 characters the last should be “{0}”, but it is “{1}”. Check the last character, then every other one; do not just change the last one."
    )

    // MARK: Organisation code (GB 11714-1997)

    public static let organizationWrongLength = Phrase(
        "identity.organizationCode.wrongLength",
        zh: "组织机构代码应为{0}位（不含连字符“-”），实际为{1}位，请核对是否漏输或多输。",
        en: "An organisation code has {0} characters (not counting the hyphen); this one has {1}. Check for a missing or extra character."
    )
    public static let organizationIllegalCharacter = Phrase(
        "identity.organizationCode.illegalCharacter",
        zh: "组织机构代码第{1}位“{0}”无效：前8位为数字或大写字母，最后一位（校验码）为数字或X，格式如12345678-9。",
        en: "Character {1} of the organisation code, “{0}”, is not allowed: the first 8 are digits or capital letters, the last (check character) is a digit or X, as in 12345678-9."
    )
    public static let organizationCheckCharacterMismatch = Phrase(
        "identity.organizationCode.checkCharacterMismatch",
        zh: "组织机构代码校验码不符：按前8位计算，最后一位应为“{0}”，实际为“{1}”。请核对最后一位，并逐位核对前8位，不要只改最后一位。",
        en: "Organisation code check character mismatch: from the first 8 characters the last should be “{0}”, but it is “{1}”. Check the last character, then every other one; do not just change the last one."
    )

    // MARK: Passports

    public static let passportWrongLength = Phrase(
        "identity.passport.wrongLength",
        zh: "中国护照号码应为{0}位，实际为{1}位。格式为：E加8位数字、E加1个字母（I、O除外）加7位数字，或G加8位数字。",
        en: "A Chinese passport number has {0} characters; this one has {1}. The pattern is E + 8 digits, E + one letter (not I or O) + 7 digits, or G + 8 digits."
    )
    public static let passportIllegalCharacter = Phrase(
        "identity.passport.illegalCharacter",
        zh: "中国护照号码第{1}位“{0}”无效：护照号码只由字母和数字组成。",
        en: "Character {1} of the Chinese passport number, “{0}”, is not allowed: passport numbers use only letters and digits."
    )
    public static let passportBadFormat = Phrase(
        "identity.passport.badFormat",
        zh: "中国护照号码“{0}”格式不符，应为：E加8位数字（如E12345678）、E加1个字母（I、O除外）加7位数字（如EA1234567），或G加8位数字（如G12345678）。",
        en: "The Chinese passport number “{0}” does not match the pattern: E + 8 digits (e.g. E12345678), E + one letter other than I or O + 7 digits (e.g. EA1234567), or G + 8 digits (e.g. G12345678)."
    )
    public static let foreignPassportWrongLength = Phrase(
        "identity.foreignPassport.wrongLength",
        zh: "外国护照号码应为{0}至{1}位字母或数字，实际为{2}位，请核对。",
        en: "A foreign passport number has {0} to {1} letters or digits; this one has {2}. Please check it."
    )
    public static let foreignPassportIllegalCharacter = Phrase(
        "identity.foreignPassport.illegalCharacter",
        zh: "外国护照号码第{1}位“{0}”无效：只能是字母或数字。",
        en: "Character {1} of the foreign passport number, “{0}”, is not allowed: use only letters and digits."
    )

    // MARK: Military officer card

    public static let militaryDigitsOnly = Phrase(
        "identity.militaryOfficer.digitsOnly",
        zh: "军官证号码须完整填写，不能只填数字“{0}”：应包括发证单位简称和“字第”，如“南字第12345678号”。",
        en: "Enter the full military officer card number, not just the digits “{0}”: include the issuing service and 字第, as in 南字第12345678号."
    )
    public static let militaryBadFormat = Phrase(
        "identity.militaryOfficer.badFormat",
        zh: "军官证号码“{0}”格式不符，应为：发证单位简称（1至4个汉字）＋“字第”＋6至8位数字＋“号”（可省略），如“南字第12345678号”。",
        en: "The military officer card number “{0}” does not match the pattern: issuing service (1 to 4 Chinese characters) + 字第 + 6 to 8 digits + 号 (optional), as in 南字第12345678号."
    )
    public static let militaryIllegalCharacter = Phrase(
        "identity.militaryOfficer.illegalCharacter",
        zh: "军官证号码第{1}位“{0}”无效：只能由汉字和数字组成，如“南字第12345678号”。",
        en: "Character {1} of the military officer card number, “{0}”, is not allowed: use only Chinese characters and digits, as in 南字第12345678号."
    )

    // MARK: Names of kinds

    public static let kindResidentID = Phrase("identity.kind.residentID", zh: "居民身份证", en: "Resident ID card")
    public static let kindCreditCode = Phrase("identity.kind.creditCode", zh: "统一社会信用代码", en: "Unified social credit code")
    public static let kindOrganizationCode = Phrase("identity.kind.organizationCode", zh: "组织机构代码", en: "Organisation code")
    public static let kindPassport = Phrase("identity.kind.passport", zh: "中国护照", en: "Chinese passport")
    public static let kindForeignPassport = Phrase("identity.kind.foreignPassport", zh: "外国护照", en: "Foreign passport")
    public static let kindMilitaryOfficer = Phrase("identity.kind.militaryOfficer", zh: "军官证", en: "Military officer card")

    // MARK: Decoded values

    public static let sexMale = Phrase("identity.sex.male", zh: "男", en: "Male")
    public static let sexFemale = Phrase("identity.sex.female", zh: "女", en: "Female")

    public static let bodyOrganizationStaffing = Phrase("identity.registeringBody.organizationStaffing", zh: "机构编制", en: "Institutional staffing office")
    public static let bodyForeignAffairs = Phrase("identity.registeringBody.foreignAffairs", zh: "外交", en: "Foreign affairs")
    public static let bodyJustice = Phrase("identity.registeringBody.justice", zh: "司法行政", en: "Judicial administration")
    public static let bodyCulture = Phrase("identity.registeringBody.culture", zh: "文化", en: "Culture")
    public static let bodyCivilAffairs = Phrase("identity.registeringBody.civilAffairs", zh: "民政", en: "Civil affairs")
    public static let bodyTourism = Phrase("identity.registeringBody.tourism", zh: "旅游", en: "Tourism")
    public static let bodyReligion = Phrase("identity.registeringBody.religion", zh: "宗教", en: "Religious affairs")
    public static let bodyTradeUnion = Phrase("identity.registeringBody.tradeUnion", zh: "工会", en: "Trade unions")
    public static let bodyMarketRegulation = Phrase("identity.registeringBody.marketRegulation", zh: "工商（市场监管）", en: "Industry and commerce (market regulation)")
    public static let bodyMilitaryStaffing = Phrase("identity.registeringBody.militaryStaffing", zh: "中央军委改革和编制办公室", en: "Central Military Commission reform and staffing office")
    public static let bodyAgriculture = Phrase("identity.registeringBody.agriculture", zh: "农业", en: "Agriculture")
    public static let bodyOther = Phrase("identity.registeringBody.other", zh: "其他", en: "Other")

    public static let categoryOrgan = Phrase("identity.category.organ", zh: "机关", en: "Government organ")
    public static let categoryPublicInstitution = Phrase("identity.category.publicInstitution", zh: "事业单位", en: "Public institution")
    public static let categoryMassOrganization = Phrase("identity.category.massOrganization", zh: "中央编办直接管理机构编制的群众团体", en: "Mass organisation staffed directly by the central staffing office")
    public static let categoryForeignNewsAgency = Phrase("identity.category.foreignNewsAgency", zh: "外国常驻新闻机构", en: "Resident foreign news agency")
    public static let categoryLawFirm = Phrase("identity.category.lawFirm", zh: "律师执业机构", en: "Law firm")
    public static let categoryNotaryOffice = Phrase("identity.category.notaryOffice", zh: "公证处", en: "Notary office")
    public static let categoryGrassrootsLegalService = Phrase("identity.category.grassrootsLegalService", zh: "基层法律服务所", en: "Grassroots legal service office")
    public static let categoryForensicAppraisal = Phrase("identity.category.forensicAppraisal", zh: "司法鉴定机构", en: "Forensic appraisal institution")
    public static let categoryArbitrationCommission = Phrase("identity.category.arbitrationCommission", zh: "仲裁委员会", en: "Arbitration commission")
    public static let categoryForeignCulturalCentre = Phrase("identity.category.foreignCulturalCentre", zh: "外国在华文化中心", en: "Foreign cultural centre in China")
    public static let categorySocialOrganization = Phrase("identity.category.socialOrganization", zh: "社会团体", en: "Social organisation")
    public static let categoryPrivateNonEnterprise = Phrase("identity.category.privateNonEnterprise", zh: "民办非企业单位", en: "Private non-enterprise unit")
    public static let categoryFoundation = Phrase("identity.category.foundation", zh: "基金会", en: "Foundation")
    public static let categoryForeignTourismOffice = Phrase("identity.category.foreignTourismOffice", zh: "外国旅游部门常驻代表机构", en: "Resident office of a foreign tourism authority")
    public static let categoryRegionalTourismOffice = Phrase("identity.category.regionalTourismOffice", zh: "港澳台地区旅游部门常驻内地（大陆）代表机构", en: "Mainland office of a Hong Kong, Macao or Taiwan tourism authority")
    public static let categoryReligiousVenue = Phrase("identity.category.religiousVenue", zh: "宗教活动场所", en: "Place of religious activity")
    public static let categoryReligiousSchool = Phrase("identity.category.religiousSchool", zh: "宗教院校", en: "Religious school")
    public static let categoryGrassrootsTradeUnion = Phrase("identity.category.grassrootsTradeUnion", zh: "基层工会", en: "Grassroots trade union")
    public static let categoryEnterprise = Phrase("identity.category.enterprise", zh: "企业", en: "Enterprise")
    public static let categoryIndividualBusiness = Phrase("identity.category.individualBusiness", zh: "个体工商户", en: "Individual business")
    public static let categoryFarmersCooperative = Phrase("identity.category.farmersCooperative", zh: "农民专业合作社", en: "Farmers' specialised cooperative")
    public static let categoryMilitaryPublicInstitution = Phrase("identity.category.militaryPublicInstitution", zh: "军队事业单位", en: "Military public institution")
    public static let categoryGroupCollective = Phrase("identity.category.groupCollective", zh: "组级集体经济组织", en: "Group-level collective economic organisation")
    public static let categoryVillageCollective = Phrase("identity.category.villageCollective", zh: "村级集体经济组织", en: "Village-level collective economic organisation")
    public static let categoryTownshipCollective = Phrase("identity.category.townshipCollective", zh: "乡镇级集体经济组织", en: "Township-level collective economic organisation")
    public static let categoryUnclassified = Phrase("identity.category.unclassified", zh: "不分类别", en: "Not classified")
    public static let categoryOther = Phrase("identity.category.other", zh: "其他", en: "Other")

    public static let all: [Phrase] = [
        empty, unrecognized,
        residentWrongLength, residentIllegalCharacter, residentUnknownProvince,
        residentImpossibleBirthDate, residentBirthDateTooEarly, residentBirthDateInFuture,
        residentCheckDigitMismatch,
        creditWrongLength, creditIllegalCharacter, creditExcludedLetter, creditAreaNotDigits,
        creditCheckCharacterMismatch,
        organizationWrongLength, organizationIllegalCharacter, organizationCheckCharacterMismatch,
        passportWrongLength, passportIllegalCharacter, passportBadFormat,
        foreignPassportWrongLength, foreignPassportIllegalCharacter,
        militaryDigitsOnly, militaryBadFormat, militaryIllegalCharacter,
        kindResidentID, kindCreditCode, kindOrganizationCode, kindPassport, kindForeignPassport,
        kindMilitaryOfficer,
        sexMale, sexFemale,
        bodyOrganizationStaffing, bodyForeignAffairs, bodyJustice, bodyCulture, bodyCivilAffairs,
        bodyTourism, bodyReligion, bodyTradeUnion, bodyMarketRegulation, bodyMilitaryStaffing,
        bodyAgriculture, bodyOther,
        categoryOrgan, categoryPublicInstitution, categoryMassOrganization, categoryForeignNewsAgency,
        categoryLawFirm, categoryNotaryOffice, categoryGrassrootsLegalService, categoryForensicAppraisal,
        categoryArbitrationCommission, categoryForeignCulturalCentre, categorySocialOrganization,
        categoryPrivateNonEnterprise, categoryFoundation, categoryForeignTourismOffice,
        categoryRegionalTourismOffice, categoryReligiousVenue, categoryReligiousSchool,
        categoryGrassrootsTradeUnion, categoryEnterprise, categoryIndividualBusiness,
        categoryFarmersCooperative, categoryMilitaryPublicInstitution, categoryGroupCollective,
        categoryVillageCollective, categoryTownshipCollective, categoryUnclassified, categoryOther,
    ]
}
