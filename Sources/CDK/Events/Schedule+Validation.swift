/// Synthesis-time checks of schedules against EventBridge's documented syntax for
/// scheduled rules, so that an expression AWS would reject fails before deployment.
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
extension Schedule {
    /// The longest `ScheduleExpression` EventBridge accepts.
    public static let maximumExpressionLength = 256

    /// Every problem with this schedule, reported against the construct at `path`
    /// (usually the rule): errors for what EventBridge would reject, and the CDK's
    /// warning for a cron schedule without a minute.
    ///
    /// Codes: `events.schedule.expression.{unknown,oneTime,tooLong}`,
    /// `events.schedule.rate.{syntax,unit,unitNumber,zero,negative,fractionalMinutes}`,
    /// `events.schedule.cron.{fieldCount,field,dayAndWeekDay,noDay,everyMinute}`.
    public func diagnostics(at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        switch form {
        case let .rate(interval):
            found += Self.intervalDiagnostics(interval, at: path)
        case let .cron(fields):
            found += Self.cronFieldsDiagnostics(fields, at: path)
        case let .expression(expression):
            found += Self.expressionDiagnostics(expression, at: path)
        }
        let expression = expressionString
        if expression.count > Self.maximumExpressionLength {
            found.append(Diagnostic(
                .error, code: "events.schedule.expression.tooLong", path: path,
                message: "schedule expression is \(expression.count) characters long; EventBridge allows at most \(Self.maximumExpressionLength)",
                hint: "shorten the lists in the cron fields, or split the schedule into several rules"))
        }
        return found
    }

    // MARK: - Rate

    private static func intervalDiagnostics(_ interval: Interval, at path: String) -> [Diagnostic] {
        if interval.amount == 0 {
            return [Diagnostic(
                .error, code: "events.schedule.rate.zero", path: path,
                message: "schedule rate '\(interval)' is zero",
                hint: "use a rate of at least 1 minute, such as .minutes(1)")]
        }
        if interval.amount < 0 {
            return [Diagnostic(
                .error, code: "events.schedule.rate.negative", path: path,
                message: "schedule rate '\(interval)' is negative",
                hint: "use a positive rate, such as .minutes(\(interval.amount.magnitude))")]
        }
        if interval.normalized == nil {
            return [Diagnostic(
                .error, code: "events.schedule.rate.fractionalMinutes", path: path,
                message: "schedule rate '\(interval)' is not a whole number of minutes",
                hint: "EventBridge rates are whole minutes, hours or days; use a multiple of 60 seconds, such as .seconds(120) or .minutes(2)")]
        }
        return []
    }

    // MARK: - Expressions

    private static func expressionDiagnostics(_ expression: String, at path: String) -> [Diagnostic] {
        if let body = contents(of: expression, function: "rate") {
            return rateExpressionDiagnostics(expression, body: body, at: path)
        }
        if let body = contents(of: expression, function: "cron") {
            return cronExpressionDiagnostics(expression, body: body, at: path)
        }
        if expression.hasPrefix("at(") {
            return [Diagnostic(
                .error, code: "events.schedule.expression.oneTime", path: path,
                message: "schedule expression '\(expression)' is a one-time schedule, which EventBridge rules do not support",
                hint: "use a cron expression with a year, such as 'cron(0 12 1 1 ? 2030)', or EventBridge Scheduler for one-time schedules")]
        }
        return [Diagnostic(
            .error, code: "events.schedule.expression.unknown", path: path,
            message: "schedule expression '\(expression)' is neither a rate nor a cron expression",
            hint: "write 'rate(value unit)' or 'cron(minute hour day month weekDay year)', such as 'rate(5 minutes)' or 'cron(0 12 * * ? *)'")]
    }

    /// The text between `function(` and the final `)`, or `nil` for another form.
    private static func contents(of expression: String, function: String) -> Substring? {
        let opening = function + "("
        guard expression.hasPrefix(opening), expression.hasSuffix(")"), expression.count >= opening.count + 1 else { return nil }
        return expression.dropFirst(opening.count).dropLast()
    }

    private static func rateExpressionDiagnostics(_ expression: String, body: Substring, at path: String) -> [Diagnostic] {
        let parts = body.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), !parts[1].isEmpty else {
            return [Diagnostic(
                .error, code: "events.schedule.rate.syntax", path: path,
                message: "rate expression '\(expression)' is not of the form 'rate(value unit)'",
                hint: "write a whole number, one space and a unit, such as 'rate(5 minutes)'")]
        }
        let value = Int(parts[0]) ?? Int.max
        let unit = String(parts[1])
        let singulars = ["minute", "hour", "day"]
        let plurals = singulars.map { $0 + "s" }
        guard singulars.contains(unit) || plurals.contains(unit) else {
            return [Diagnostic(
                .error, code: "events.schedule.rate.unit", path: path,
                message: "rate expression '\(expression)' has the unit '\(unit)'; EventBridge allows 'minute', 'minutes', 'hour', 'hours', 'day', 'days'",
                hint: "rates are whole minutes at the least, such as 'rate(1 minute)'")]
        }
        if value == 0 {
            return [Diagnostic(
                .error, code: "events.schedule.rate.zero", path: path,
                message: "rate expression '\(expression)' has a value of 0",
                hint: "use a rate of at least 1 minute, such as 'rate(1 minute)'")]
        }
        let isSingular = singulars.contains(unit)
        if value == 1 && !isSingular {
            return [Diagnostic(
                .error, code: "events.schedule.rate.unitNumber", path: path,
                message: "rate expression '\(expression)' needs the singular unit '\(unit.dropLast())' for a value of 1",
                hint: "EventBridge requires a singular unit exactly when the value is 1: 'rate(1 \(unit.dropLast()))'")]
        }
        if value != 1 && isSingular {
            return [Diagnostic(
                .error, code: "events.schedule.rate.unitNumber", path: path,
                message: "rate expression '\(expression)' needs the plural unit '\(unit)s' for a value of \(parts[0])",
                hint: "EventBridge requires a singular unit exactly when the value is 1: 'rate(\(parts[0]) \(unit)s)'")]
        }
        return []
    }

    private static func cronExpressionDiagnostics(_ expression: String, body: Substring, at path: String) -> [Diagnostic] {
        let fields = body.split(separator: " ").map(String.init)
        guard fields.count == CronField.all.count else {
            var hint = "write six fields separated by spaces, such as 'cron(0 12 * * ? *)'"
            if fields.count == 5 {
                hint = "add the year field, usually '*': 'cron(\(fields.joined(separator: " ")) *)'"
            }
            return [Diagnostic(
                .error, code: "events.schedule.cron.fieldCount", path: path,
                message: "cron expression '\(expression)' has \(fields.count) field\(fields.count == 1 ? "" : "s"); EventBridge needs 6: minute, hour, day, month, weekDay, year",
                hint: hint)]
        }
        var found: [Diagnostic] = []
        for (spec, value) in zip(CronField.all, fields) {
            if let problem = spec.problem(with: value) {
                found.append(fieldDiagnostic(spec, problem, at: path))
            }
        }
        let day = fields[2]
        let weekDay = fields[4]
        if day != "?" && weekDay != "?" {
            found.append(Diagnostic(
                .error, code: "events.schedule.cron.dayAndWeekDay", path: path,
                message: "cron expression '\(expression)' sets both 'day' ('\(day)') and 'weekDay' ('\(weekDay)')",
                hint: "use '?' in one of them: EventBridge cannot combine a day of the month with a day of the week"))
        } else if day == "?" && weekDay == "?" {
            found.append(Diagnostic(
                .error, code: "events.schedule.cron.noDay", path: path,
                message: "cron expression '\(expression)' has '?' in both 'day' and 'weekDay'",
                hint: "set one of them to '*' or a value, and keep '?' in the other"))
        }
        return found
    }

    // MARK: - Cron builder

    private static func cronFieldsDiagnostics(_ fields: CronFields, at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if fields.day != nil && fields.weekDay != nil {
            found.append(Diagnostic(
                .error, code: "events.schedule.cron.dayAndWeekDay", path: path,
                message: "cron schedule sets both 'day' and 'weekDay'",
                hint: "pass only one of them; the other becomes '?', as EventBridge requires"))
        }
        let given: [(CronField, String?)] = zip(CronField.all, [fields.minute, fields.hour, fields.day, fields.month, fields.weekDay, fields.year]).map { ($0, $1) }
        for (spec, value) in given {
            if let value, let problem = spec.problem(with: value) {
                found.append(fieldDiagnostic(spec, problem, at: path))
            }
        }
        if fields.day == "?" && fields.weekDay == nil {
            found.append(Diagnostic(
                .error, code: "events.schedule.cron.noDay", path: path,
                message: "cron schedule has '?' in both 'day' and 'weekDay'",
                hint: "leave 'day' out to run every day, or give 'weekDay'"))
        }
        if fields.minute?.isEmpty ?? true {
            found.append(Diagnostic(
                .warning, code: "events.schedule.cron.everyMinute", path: path,
                message: "cron schedule has no 'minute', so the rule runs every minute",
                hint: "pass minute: \"*\" if that is intended, or minute: \"0\" to run once an hour"))
        }
        return found
    }

    private static func fieldDiagnostic(_ spec: CronField, _ problem: String, at path: String) -> Diagnostic {
        Diagnostic(
            .error, code: "events.schedule.cron.field", path: path,
            message: "cron field '\(spec.name)' \(problem)",
            hint: spec.syntaxHint)
    }
}

/// One of the six fields of an EventBridge cron expression: its values and the
/// wildcards the documentation allows in it.
struct CronField {
    let name: String
    let range: ClosedRange<Int>
    /// Names for the values from `range.lowerBound` on (`JAN`…, `SUN`…).
    let names: [String]
    let valueDescription: String
    let wildcards: Set<Character>

    static let minute = CronField(name: "minute", range: 0...59, names: [], valueDescription: "0-59", wildcards: [",", "-", "*", "/"])
    static let hour = CronField(name: "hour", range: 0...23, names: [], valueDescription: "0-23", wildcards: [",", "-", "*", "/"])
    static let day = CronField(name: "day", range: 1...31, names: [], valueDescription: "1-31", wildcards: [",", "-", "*", "?", "/", "L", "W"])
    static let month = CronField(
        name: "month", range: 1...12,
        names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
        valueDescription: "1-12 or JAN-DEC", wildcards: [",", "-", "*", "/"])
    static let weekDay = CronField(
        name: "weekDay", range: 1...7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
        valueDescription: "1-7 or SUN-SAT", wildcards: [",", "-", "*", "?", "L", "#"])
    static let year = CronField(name: "year", range: 1970...2199, names: [], valueDescription: "1970-2199", wildcards: [",", "-", "*", "/"])

    /// In expression order.
    static let all: [CronField] = [minute, hour, day, month, weekDay, year]

    var syntaxHint: String {
        let wildcardList = ",-*?/LW#".filter { wildcards.contains($0) }.map { String($0) }.joined(separator: " ")
        return "'\(name)' takes \(valueDescription) and the wildcards \(wildcardList)"
    }

    /// What is wrong with `value` in this field (completing "cron field 'x' …"), or `nil`.
    func problem(with value: String) -> String? {
        if value.isEmpty { return "is empty" }
        for character in value where !(character.isASCII && (character.isLetter || character.isNumber)) {
            if character == " " { return "value '\(value)' contains a space" }
            guard ",-*?/#".contains(character) else {
                return "value '\(value)' contains '\(character)', which is neither a value nor a wildcard"
            }
            if !wildcards.contains(character) {
                return "value '\(value)' uses '\(character)', which is not allowed in '\(name)'"
            }
        }
        if value == "?" { return nil }
        let items = value.split(separator: ",", omittingEmptySubsequences: false)
        if items.count > 1 && value.contains("#") {
            return "value '\(value)' combines '#' with other values; '#' allows a single expression"
        }
        for item in items {
            if let problem = itemProblem(String(item), in: value) { return problem }
        }
        return nil
    }

    private func itemProblem(_ item: String, in value: String) -> String? {
        if item.isEmpty { return "value '\(value)' has an empty list item" }
        if item == "*" { return nil }
        if item == "?" { return "value '\(value)' uses '?' in a list; '?' must stand alone" }
        if item.contains("/") {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return "value '\(value)' has a malformed increment '\(item)'" }
            guard parts[1].allSatisfy(\.isASCIIDigit), let step = Int(parts[1]), step >= 1, step <= range.upperBound else {
                return "value '\(value)' has the increment '\(parts[1])', which is not a whole number from 1 to \(range.upperBound)"
            }
            if parts[0] == "*" { return nil }
            return rangeProblem(String(parts[0]), in: value)
        }
        if name == "day" {
            if item == "L" || item == "LW" { return nil }
            if item.hasPrefix("L-") {
                guard let offset = Int(item.dropFirst(2)), item.dropFirst(2).allSatisfy(\.isASCIIDigit), (0...30).contains(offset) else {
                    return "value '\(value)' has the offset '\(item)', which needs a number of days from 0 to 30 after 'L-'"
                }
                return nil
            }
            if item.hasSuffix("W") {
                return singleValueProblem(String(item.dropLast()), in: value)
            }
        }
        if name == "weekDay" {
            if item == "L" { return nil }
            if item.hasSuffix("L") {
                return singleValueProblem(String(item.dropLast()), in: value)
            }
            if item.contains("#") {
                let parts = item.split(separator: "#", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return "value '\(value)' has a malformed '#' expression '\(item)'" }
                if let problem = singleValueProblem(String(parts[0]), in: value) { return problem }
                guard parts[1].allSatisfy(\.isASCIIDigit), let instance = Int(parts[1]), (1...5).contains(instance) else {
                    return "value '\(value)' asks for the week-day instance '\(parts[1])', which is not from 1 to 5"
                }
                return nil
            }
        }
        return rangeProblem(item, in: value)
    }

    /// A value or a range `a-b`.
    private func rangeProblem(_ text: String, in value: String) -> String? {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2 else { return "value '\(value)' has a malformed range '\(text)'" }
        if bounds.count == 2 && (bounds[0].isEmpty || bounds[1].isEmpty) {
            return "value '\(value)' has a malformed range '\(text)'"
        }
        for bound in bounds {
            if let problem = singleValueProblem(String(bound), in: value) { return problem }
        }
        return nil
    }

    private func singleValueProblem(_ text: String, in value: String) -> String? {
        if text.isEmpty { return "value '\(value)' is missing a number" }
        if text.allSatisfy(\.isASCIIDigit) {
            guard let number = Int(text), range.contains(number) else {
                return "value '\(value)' is out of range \(range.lowerBound)-\(range.upperBound)"
            }
            return nil
        }
        if names.contains(text.uppercased()) { return nil }
        if text.allSatisfy({ $0.isASCIIDigit || $0 == "L" || $0 == "W" }) {
            for letter in ["L", "W"] as [Character] where text.contains(letter) && !wildcards.contains(letter) {
                return "value '\(value)' uses '\(letter)', which is not allowed in '\(name)'"
            }
        }
        return "value '\(value)' has '\(text)', which is not \(names.isEmpty ? "a number" : "one of \(valueDescription)")"
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
