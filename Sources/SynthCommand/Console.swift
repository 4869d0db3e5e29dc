#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the command writes: results to `out` (stdout), diagnostics to `err` (stderr).
public struct Console {
    public var out: (String) -> Void
    public var err: (String) -> Void
    /// Whether diagnostics are coloured (only on a terminal, never with `NO_COLOR`).
    public var colour: Bool
    /// Whether results on stdout are coloured (`diff`): only when stdout is a terminal.
    public var outColour = false
    /// The next line of stdin without its newline, `nil` at its end (`synth match` reads it).
    public var readLine: () -> String?

    public init(
        out: @escaping (String) -> Void, err: @escaping (String) -> Void, colour: Bool = false,
        readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }
    ) {
        self.out = out
        self.err = err
        self.colour = colour
        self.readLine = readLine
    }

    /// The process's stdout and stderr; colour when stderr is a terminal and `NO_COLOR` is unset.
    public static func standard(environment: [String: String]) -> Console {
        var console = Console(
            out: { text in fputs(text + "\n", stdout) },
            err: { text in fputs(text + "\n", stderr) },
            colour: isatty(2) == 1 && environment["NO_COLOR"] == nil)
        console.outColour = isatty(1) == 1 && environment["NO_COLOR"] == nil
        return console
    }

    func styled(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `text` styled for stdout.
    func styledOut(_ text: String, _ code: String) -> String {
        outColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
