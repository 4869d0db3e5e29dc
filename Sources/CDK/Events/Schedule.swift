/// When a scheduled rule runs: a rate, a cron expression, or an expression string.
///
/// Renders the rule's `ScheduleExpression`. Build one with ``rate(_:)``,
/// ``cron(minute:hour:day:month:weekDay:year:)`` or ``expression(_:)``; all three are
/// checked at synthesis by ``diagnostics(at:)``, so a malformed expression is reported
/// before anything is deployed (the CDK passes `Schedule.expression` through
/// unchecked, aws/aws-cdk#27618).
///
/// ```swift
/// Schedule.rate(.minutes(5))                      // rate(5 minutes)
/// Schedule.rate(.seconds(120))                    // rate(2 minutes)
/// Schedule.cron(minute: "0", hour: "4")           // cron(0 4 * * ? *)
/// Schedule.cron(minute: "0", hour: "12", weekDay: "MON-FRI")  // cron(0 12 ? * MON-FRI *)
/// Schedule.expression("cron(0/10 * ? * * *)")     // verbatim, validated
/// ```
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
public struct Schedule: Equatable, Sendable, CustomStringConvertible {
    enum Form: Equatable {
        case rate(Interval)
        case cron(CronFields)
        case expression(String)
    }

    /// The fields given to ``Schedule/cron(minute:hour:day:month:weekDay:year:)``, as given.
    struct CronFields: Equatable {
        var minute: String?
        var hour: String?
        var day: String?
        var month: String?
        var weekDay: String?
        var year: String?
    }

    let form: Form

    /// A schedule that runs every `interval`, in whole minutes.
    ///
    /// Renders the largest whole unit, as the CDK does: `.seconds(120)` gives
    /// `rate(2 minutes)`, `.minutes(60)` gives `rate(1 hour)`, `.hours(48)` gives
    /// `rate(2 days)`; the unit is singular exactly when the value is 1. A zero or
    /// negative interval, or one that is not a whole number of minutes, is an error
    /// at synthesis.
    public static func rate(_ interval: Interval) -> Schedule {
        Schedule(form: .rate(interval))
    }

    /// A schedule from cron fields; every field is a string, so lists, ranges and
    /// increments work (`"0/15"`, `"MON-FRI"`, `"1,15"`).
    ///
    /// Defaults, as in the CDK: `minute`, `hour`, `month` and `year` are `*`; `weekDay`
    /// is `?`; `day` is `?` when `weekDay` is given and `*` otherwise. Giving both `day`
    /// and `weekDay` is an error, and leaving out `minute` is a warning (the rule would
    /// run every minute).
    public static func cron(
        minute: String? = nil,
        hour: String? = nil,
        day: String? = nil,
        month: String? = nil,
        weekDay: String? = nil,
        year: String? = nil
    ) -> Schedule {
        Schedule(form: .cron(CronFields(minute: minute, hour: hour, day: day, month: month, weekDay: weekDay, year: year)))
    }

    /// A schedule from a literal expression, `rate(…)` or `cron(…)`, rendered verbatim.
    ///
    /// Unlike the CDK, the expression is validated at synthesis: its form, the six cron
    /// fields and their ranges, the rate unit. One-time `at(…)` expressions belong to
    /// EventBridge Scheduler and are rejected for rules.
    public static func expression(_ expression: String) -> Schedule {
        Schedule(form: .expression(expression))
    }

    /// The rule's `ScheduleExpression`, such as `rate(5 minutes)` or `cron(0 4 * * ? *)`.
    public var expressionString: String {
        switch form {
        case let .rate(interval):
            return interval.rateExpression
        case let .cron(fields):
            let day = fields.day ?? (fields.weekDay != nil ? "?" : "*")
            let parts = [fields.minute ?? "*", fields.hour ?? "*", day, fields.month ?? "*", fields.weekDay ?? "?", fields.year ?? "*"]
            return "cron(\(parts.joined(separator: " ")))"
        case let .expression(expression):
            return expression
        }
    }

    public var description: String { expressionString }
}

extension Schedule {
    /// A length of time for ``Schedule/rate(_:)``: `.minutes(5)`, `.hours(1)`, `.days(1)`,
    /// or `.seconds(120)` (a multiple of 60).
    ///
    /// Named `Interval` so that it does not clash with the standard library's `Duration`.
    public struct Interval: Equatable, Sendable, CustomStringConvertible {
        public enum Unit: String, Equatable, Sendable {
            case seconds, minutes, hours, days

            /// The unit's name for `amount` of it: `1 minute`, `5 minutes`.
            func name(for amount: Int) -> String {
                amount == 1 ? String(rawValue.dropLast()) : rawValue
            }
        }

        public let amount: Int
        public let unit: Unit

        public init(_ amount: Int, _ unit: Unit) {
            self.amount = amount
            self.unit = unit
        }

        public static func seconds(_ amount: Int) -> Interval { Interval(amount, .seconds) }
        public static func minutes(_ amount: Int) -> Interval { Interval(amount, .minutes) }
        public static func hours(_ amount: Int) -> Interval { Interval(amount, .hours) }
        public static func days(_ amount: Int) -> Interval { Interval(amount, .days) }

        /// `90 seconds`, `1 hour`.
        public var description: String { "\(amount) \(unit.name(for: amount))" }

        /// The interval in the largest whole unit of minutes, hours and days, or `nil`
        /// when it is not a positive whole number of minutes.
        var normalized: Interval? {
            guard amount > 0 else { return nil }
            var value = amount
            var unit = self.unit
            if unit == .seconds {
                guard value % 60 == 0 else { return nil }
                value /= 60
                unit = .minutes
            }
            if unit == .minutes, value % 60 == 0 {
                value /= 60
                unit = .hours
            }
            if unit == .hours, value % 24 == 0 {
                value /= 24
                unit = .days
            }
            return Interval(value, unit)
        }

        /// `rate(2 minutes)`; an invalid interval renders as given (`rate(90 seconds)`),
        /// and its diagnostic stops synthesis.
        var rateExpression: String {
            "rate(\(normalized ?? self))"
        }
    }
}
