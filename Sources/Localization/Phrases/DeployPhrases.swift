/// Phrases of installation, configuration and the privileged (setgid) mode.
public enum DeployPhrases {
    public static let resourceNotFound = Phrase("deploy.resourceNotFound",
        zh: "未找到 {0} 目录（已查找：{1}）。请用 --{0} 指定目录，或安装 powerdesk 软件包。",
        en: "the {0} directory was not found (looked in: {1}). Give it with --{0}, or install the powerdesk package.")
    public static let optionElsewhere = Phrase("deploy.optionElsewhere",
        zh: "以 powerdesk 组权限运行时，--{0} 不能指向配置以外的位置（配置的位置：{1}）",
        en: "running with the powerdesk group's privilege, --{0} cannot point anywhere but the configured place ({1})")
    public static let userMismatch = Phrase("deploy.userMismatch",
        zh: "以 powerdesk 组权限运行时只能以本人身份办理：--user {0} 与登录的系统账号 {1} 不符",
        en: "running with the powerdesk group's privilege you act only as yourself: --user {0} is not the signed-in Unix account {1}")
    public static let noMappedUser = Phrase("deploy.noMappedUser",
        zh: "系统账号 {0} 没有同名的 PowerDesk 用户；请管理员添加",
        en: "the Unix account {0} has no PowerDesk user of the same name; ask an administrator to add one")
    public static let unknownUnixAccount = Phrase("deploy.unknownUnixAccount",
        zh: "无法确定当前系统账号（uid {0}）",
        en: "the current Unix account (uid {0}) cannot be determined")
    public static let rootOnly = Phrase("deploy.rootOnly",
        zh: "以 powerdesk 组权限运行时，powerdesk {0} 只能由 root 执行",
        en: "running with the powerdesk group's privilege, powerdesk {0} can be run by root only")
    public static let configInvalid = Phrase("deploy.configInvalid",
        zh: "配置文件 {0} 有误：{1}",
        en: "the configuration file {0} is invalid: {1}")
    public static let configUnknownKey = Phrase("deploy.configUnknownKey",
        zh: "未知的配置项“{0}”；可用：{1}",
        en: "unknown setting \"{0}\"; known: {1}")
    public static let configNotMapping = Phrase("deploy.configNotMapping",
        zh: "应为“设置: 值”形式的映射，可用的设置：{0}",
        en: "expected a mapping of \"setting: value\" lines; known settings: {0}")
    public static let configNotScalar = Phrase("deploy.configNotScalar",
        zh: "设置“{0}”应为单个值（文字、数字或 true/false）",
        en: "the setting \"{0}\" must be a single value (text, a number, or true/false)")
    public static let configUntrusted = Phrase("deploy.configUntrusted",
        zh: "配置文件 {0} 不属于 root 或可被他人修改，以组权限运行时不予采用",
        en: "the configuration file {0} is not owned by root or can be written by others; it is not used when running privileged")
    public static let sourceDefault = Phrase("deploy.source.default", zh: "默认", en: "default")
    public static let sourceFile = Phrase("deploy.source.file", zh: "配置文件 {0}", en: "configuration file {0}")
    public static let sourceEnvironment = Phrase("deploy.source.environment", zh: "环境变量 {0}", en: "environment variable {0}")
    public static let sourceOption = Phrase("deploy.source.option", zh: "命令行选项 --{0}", en: "option --{0}")
    public static let sourcePrivileged = Phrase("deploy.source.privileged",
        zh: "以组权限运行时的固定值", en: "fixed while running privileged")
    public static let notSet = Phrase("deploy.notSet", zh: "（未设置）", en: "(not set)")
    public static let configFiles = Phrase("deploy.configFiles", zh: "配置文件：{0}", en: "configuration files: {0}")
    public static let noConfigFile = Phrase("deploy.noConfigFile", zh: "（无）", en: "(none)")
    public static let privilegedMode = Phrase("deploy.privilegedMode",
        zh: "以 {0} 组权限运行（setgid），系统账号 {1}；环境变量不得改变数据库、定义、字体和输出位置",
        en: "running with the privilege of group {0} (setgid) as Unix account {1}; environment variables cannot move the database, definitions, fonts or output")

    public static let dumbTerminal = Phrase("deploy.dumbTerminal",
        zh: "终端类型 TERM={0} 无法定位光标，办公桌面不能在其中运行；请在 xterm、linux 或 screen 等终端中运行（如 TERM=xterm-256color），脚本请用 powerdesk batch",
        en: "the terminal type TERM={0} cannot move the cursor, so the desk cannot run in it; use a terminal such as xterm, linux or screen (e.g. TERM=xterm-256color), or powerdesk batch for scripts")
    public static let unknownTerminal = Phrase("deploy.unknownTerminal",
        zh: "本机没有终端类型 TERM={0} 的描述（terminfo），办公桌面无法绘制；请设置已知的类型，如 TERM=xterm-256color，或安装 ncurses-term",
        en: "this machine has no description (terminfo) of the terminal type TERM={0}, so the desk cannot draw; set a known type such as TERM=xterm-256color, or install ncurses-term")

    public static let legacyEncoding = Phrase("deploy.legacyEncoding",
        zh: "终端的区域设置为 {0}，本机无法以该编码显示办公桌面；请把终端（PuTTY、Xshell 等）的字符编码改为 UTF-8 并设置 LANG=C.UTF-8 后再运行（powerdesk batch 等命令不受影响）",
        en: "the terminal's locale is {0}, in whose encoding this machine cannot draw the desk; set the terminal's (PuTTY, Xshell …) character encoding to UTF-8 and LANG=C.UTF-8, then run it again (commands such as powerdesk batch are not affected)")

    public static let all: [Phrase] = [
        dumbTerminal, unknownTerminal, legacyEncoding,
        resourceNotFound, optionElsewhere, userMismatch, noMappedUser, unknownUnixAccount, rootOnly, configInvalid,
        configUnknownKey, configNotMapping, configNotScalar, configUntrusted, sourceDefault, sourceFile, sourceEnvironment, sourceOption, sourcePrivileged,
        notSet, configFiles, noConfigFile, privilegedMode,
    ]
}
