import CDK
import Testing

/// Expected expression strings come from aws-cdk-lib 2.275.0 (`Schedule.rate`,
/// `Schedule.cron`, `.expressionString`), run under node.
@Suite struct ScheduleRateTests {
    @Test(arguments: [
        (.minutes(10), "rate(10 minutes)"),
        (.seconds(60), "rate(1 minute)"),
        (.seconds(120), "rate(2 minutes)"),
        (.hours(1), "rate(1 hour)"),
        (.minutes(60), "rate(1 hour)"),
        (.minutes(90), "rate(90 minutes)"),
        (.minutes(1440), "rate(1 day)"),
        (.hours(24), "rate(1 day)"),
        (.days(7), "rate(7 days)"),
        (.days(1), "rate(1 day)"),
        (.hours(36), "rate(36 hours)"),
        (.hours(48), "rate(2 days)"),
        (.minutes(1), "rate(1 minute)"),
        (.seconds(7200), "rate(2 hours)"),
        (.seconds(86400), "rate(1 day)"),
        (.minutes(3600), "rate(60 hours)"),
    ] as [(Schedule.Interval, String)])
    func rateRendersLargestWholeUnitLikeTheCDK(interval: Schedule.Interval, expected: String) {
        let schedule = Schedule.rate(interval)
        #expect(schedule.expressionString == expected)
        #expect(schedule.diagnostics(at: "Stack/Rule").isEmpty)
    }

    @Test func rateOfHugeDaysDoesNotOverflow() {
        #expect(Schedule.rate(.days(Int.max)).expressionString == "rate(\(Int.max) days)")
        #expect(Schedule.rate(.days(Int.max)).diagnostics(at: "S/R").isEmpty)
    }

    @Test func zeroRateIsAnError() {
        let diagnostics = Schedule.rate(.minutes(0)).diagnostics(at: "Stack/Rule")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.zero", path: "Stack/Rule",
            message: "schedule rate '0 minutes' is zero",
            hint: "use a rate of at least 1 minute, such as .minutes(1)")])
    }

    @Test func negativeRateIsAnError() {
        let diagnostics = Schedule.rate(.minutes(-5)).diagnostics(at: "Stack/Rule")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.negative", path: "Stack/Rule",
            message: "schedule rate '-5 minutes' is negative",
            hint: "use a positive rate, such as .minutes(5)")])
    }

    @Test(arguments: [(90, "90 seconds"), (30, "30 seconds"), (1, "1 second")])
    func secondsThatAreNotWholeMinutesAreAnError(seconds: Int, shown: String) {
        let schedule = Schedule.rate(.seconds(seconds))
        #expect(schedule.expressionString == "rate(\(shown))")
        #expect(schedule.diagnostics(at: "Stack/Rule") == [Diagnostic(
            .error, code: "events.schedule.rate.fractionalMinutes", path: "Stack/Rule",
            message: "schedule rate '\(shown)' is not a whole number of minutes",
            hint: "EventBridge rates are whole minutes, hours or days; use a multiple of 60 seconds, such as .seconds(120) or .minutes(2)")])
    }

    @Test func intervalDescribesItselfWithSingularForOne() {
        #expect(Schedule.Interval.hours(1).description == "1 hour")
        #expect(Schedule.Interval.days(3).description == "3 days")
        #expect(Schedule.Interval(5, .minutes) == .minutes(5))
    }
}

@Suite struct ScheduleCronTests {
    @Test func cronWithoutFieldsRunsEveryMinute() {
        let schedule = Schedule.cron()
        #expect(schedule.expressionString == "cron(* * * * ? *)")
        #expect(schedule.diagnostics(at: "Stack/Rule") == [Diagnostic(
            .warning, code: "events.schedule.cron.everyMinute", path: "Stack/Rule",
            message: "cron schedule has no 'minute', so the rule runs every minute",
            hint: "pass minute: \"*\" if that is intended, or minute: \"0\" to run once an hour")])
    }

    @Test func cronDefaultsDayToStarWithoutWeekDay() {
        let schedule = Schedule.cron(minute: "0", day: "1")
        #expect(schedule.expressionString == "cron(0 * 1 * ? *)")
        #expect(schedule.diagnostics(at: "S/R").isEmpty)
    }

    @Test func cronDefaultsDayToQuestionMarkWithWeekDay() {
        let schedule = Schedule.cron(hour: "4", weekDay: "MON")
        #expect(schedule.expressionString == "cron(* 4 ? * MON *)")
        #expect(schedule.diagnostics(at: "S/R").map(\.code) == ["events.schedule.cron.everyMinute"])
    }

    @Test func cronRendersEveryFieldInOrder() {
        let schedule = Schedule.cron(minute: "0", hour: "12", month: "JAN", weekDay: "2", year: "2030")
        #expect(schedule.expressionString == "cron(0 12 ? JAN 2 2030)")
        #expect(schedule.diagnostics(at: "S/R").isEmpty)
    }

    @Test func cronMinuteAndHour() {
        #expect(Schedule.cron(minute: "0", hour: "4").expressionString == "cron(0 4 * * ? *)")
    }

    @Test func cronWithDayAndWeekDayIsAnError() {
        let schedule = Schedule.cron(minute: "0", day: "1", weekDay: "MON")
        #expect(schedule.expressionString == "cron(0 * 1 * MON *)")
        #expect(schedule.diagnostics(at: "Stack/Rule") == [Diagnostic(
            .error, code: "events.schedule.cron.dayAndWeekDay", path: "Stack/Rule",
            message: "cron schedule sets both 'day' and 'weekDay'",
            hint: "pass only one of them; the other becomes '?', as EventBridge requires")])
    }

    @Test func cronWithEmptyMinuteKeepsItLikeTheCDKAndReportsIt() {
        let schedule = Schedule.cron(minute: "")
        #expect(schedule.expressionString == "cron( * * * ? *)")
        #expect(schedule.diagnostics(at: "S/R") == [
            Diagnostic(
                .error, code: "events.schedule.cron.field", path: "S/R",
                message: "cron field 'minute' is empty",
                hint: "'minute' takes 0-59 and the wildcards , - * /"),
            Diagnostic(
                .warning, code: "events.schedule.cron.everyMinute", path: "S/R",
                message: "cron schedule has no 'minute', so the rule runs every minute",
                hint: "pass minute: \"*\" if that is intended, or minute: \"0\" to run once an hour"),
        ])
    }

    @Test func cronFieldOutOfRangeIsAnError() {
        let diagnostics = Schedule.cron(minute: "0", hour: "24").diagnostics(at: "Stack/Rule")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.field", path: "Stack/Rule",
            message: "cron field 'hour' value '24' is out of range 0-23",
            hint: "'hour' takes 0-23 and the wildcards , - * /")])
    }

    @Test func cronDayQuestionMarkWithoutWeekDayIsAnError() {
        let diagnostics = Schedule.cron(minute: "0", day: "?").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.noDay", path: "S/R",
            message: "cron schedule has '?' in both 'day' and 'weekDay'",
            hint: "leave 'day' out to run every day, or give 'weekDay'")])
    }

    @Test func cronBuilderFieldWithSpaceIsAnError() {
        let diagnostics = Schedule.cron(minute: "0 12").diagnostics(at: "S/R")
        #expect(diagnostics.map(\.message) == ["cron field 'minute' value '0 12' contains a space"])
    }

    @Test func cronSchedulesCompareByFields() {
        #expect(Schedule.cron(minute: "0") == Schedule.cron(minute: "0"))
        #expect(Schedule.cron(minute: "0") != Schedule.expression("cron(0 * * * ? *)"))
        #expect(Schedule.cron(minute: "0").description == "cron(0 * * * ? *)")
    }
}

@Suite struct ScheduleExpressionTests {
    @Test(arguments: [
        "rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)", "rate(30 days)",
        "cron(0 10 * * ? *)", "cron(15 12 * * ? *)", "cron(0 18 ? * MON-FRI *)", "cron(0 8 1 * ? *)",
        "cron(0/15 * * * ? *)", "cron(0/10 * ? * MON-FRI *)", "cron(0/5 8-17 ? * MON-FRI *)",
        "cron(0 9 ? * 2#1 *)", "cron(0 0 L * ? *)", "cron(0 0 LW * ? *)", "cron(0 0 15W * ? *)", "cron(0 0 L-3 * ? *)",
        "cron(0 0 ? * 6L *)", "cron(0 0 ? * L *)", "cron(0 0 ? * FRIL *)", "cron(*/5 * * * ? *)",
        "cron(0 12 ? jan,feb,DEC sun 2030-2035)", "cron(0 0 1 1/3 ? 1970)", "cron(0,15,30,45 0-23/2 * * ? 2199)",
        "cron(0  12 * * ? *)",
    ])
    func validExpressionsPass(expression: String) {
        let schedule = Schedule.expression(expression)
        #expect(schedule.expressionString == expression)
        #expect(schedule.diagnostics(at: "S/R").isEmpty)
    }

    @Test func fiveFieldCronFromIssue27618IsAnError() {
        let diagnostics = Schedule.expression("cron(0/10 * ? * *)").diagnostics(at: "Stack/ScheduleRule")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.fieldCount", path: "Stack/ScheduleRule",
            message: "cron expression 'cron(0/10 * ? * *)' has 5 fields; EventBridge needs 6: minute, hour, day, month, weekDay, year",
            hint: "add the year field, usually '*': 'cron(0/10 * ? * * *)'")])
    }

    @Test func sevenFieldCronIsAnError() {
        let diagnostics = Schedule.expression("cron(0 0 10 * * ? *)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.fieldCount", path: "S/R",
            message: "cron expression 'cron(0 0 10 * * ? *)' has 7 fields; EventBridge needs 6: minute, hour, day, month, weekDay, year",
            hint: "write six fields separated by spaces, such as 'cron(0 12 * * ? *)'")])
    }

    @Test func cronWithBothDaysIsAnError() {
        let diagnostics = Schedule.expression("cron(0 12 1 * MON *)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.dayAndWeekDay", path: "S/R",
            message: "cron expression 'cron(0 12 1 * MON *)' sets both 'day' ('1') and 'weekDay' ('MON')",
            hint: "use '?' in one of them: EventBridge cannot combine a day of the month with a day of the week")])
    }

    @Test func cronWithStarInBothDaysIsAnError() {
        let diagnostics = Schedule.expression("cron(0 12 * * * *)").diagnostics(at: "S/R")
        #expect(diagnostics.map(\.code) == ["events.schedule.cron.dayAndWeekDay"])
    }

    @Test func cronWithQuestionMarkInBothDaysIsAnError() {
        let diagnostics = Schedule.expression("cron(0 12 ? * ? *)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.cron.noDay", path: "S/R",
            message: "cron expression 'cron(0 12 ? * ? *)' has '?' in both 'day' and 'weekDay'",
            hint: "set one of them to '*' or a value, and keep '?' in the other")])
    }

    static let invalidFields: [(expression: String, message: String)] = [
        ("cron(60 * * * ? *)", "cron field 'minute' value '60' is out of range 0-59"),
        ("cron(0 24 * * ? *)", "cron field 'hour' value '24' is out of range 0-23"),
        ("cron(0 0 0 * ? *)", "cron field 'day' value '0' is out of range 1-31"),
        ("cron(0 0 32 * ? *)", "cron field 'day' value '32' is out of range 1-31"),
        ("cron(0 0 * 13 ? *)", "cron field 'month' value '13' is out of range 1-12"),
        ("cron(0 0 ? * 8 *)", "cron field 'weekDay' value '8' is out of range 1-7"),
        ("cron(0 0 ? * 0 *)", "cron field 'weekDay' value '0' is out of range 1-7"),
        ("cron(0 0 * * ? 1969)", "cron field 'year' value '1969' is out of range 1970-2199"),
        ("cron(0 0 * * ? 2200)", "cron field 'year' value '2200' is out of range 1970-2199"),
        ("cron(0 0 * FOO ? *)", "cron field 'month' value 'FOO' has 'FOO', which is not one of 1-12 or JAN-DEC"),
        ("cron(0 0 ? * MONDAY *)", "cron field 'weekDay' value 'MONDAY' has 'MONDAY', which is not one of 1-7 or SUN-SAT"),
        ("cron(x 0 * * ? *)", "cron field 'minute' value 'x' has 'x', which is not a number"),
        ("cron(? 0 * * ? *)", "cron field 'minute' value '?' uses '?', which is not allowed in 'minute'"),
        ("cron(0 L * * ? *)", "cron field 'hour' value 'L' uses 'L', which is not allowed in 'hour'"),
        ("cron(0 0 1#2 * ? *)", "cron field 'day' value '1#2' uses '#', which is not allowed in 'day'"),
        ("cron(0 0 ? * 1/2 *)", "cron field 'weekDay' value '1/2' uses '/', which is not allowed in 'weekDay'"),
        ("cron(0 0 ? * 2W *)", "cron field 'weekDay' value '2W' uses 'W', which is not allowed in 'weekDay'"),
        ("cron(0 0 ? * 2#6 *)", "cron field 'weekDay' value '2#6' asks for the week-day instance '6', which is not from 1 to 5"),
        ("cron(0 0 ? * 3#1,6#3 *)", "cron field 'weekDay' value '3#1,6#3' combines '#' with other values; '#' allows a single expression"),
        ("cron(0/0 * * * ? *)", "cron field 'minute' value '0/0' has the increment '0', which is not a whole number from 1 to 59"),
        ("cron(0/60 * * * ? *)", "cron field 'minute' value '0/60' has the increment '60', which is not a whole number from 1 to 59"),
        ("cron(0/ * * * ? *)", "cron field 'minute' value '0/' has a malformed increment '0/'"),
        ("cron(1- * * * ? *)", "cron field 'minute' value '1-' has a malformed range '1-'"),
        ("cron(1-2-3 * * * ? *)", "cron field 'minute' value '1-2-3' has a malformed range '1-2-3'"),
        ("cron(1,,2 * * * ? *)", "cron field 'minute' value '1,,2' has an empty list item"),
        ("cron(0 0 ?,1 * ? *)", "cron field 'day' value '?,1' uses '?' in a list; '?' must stand alone"),
        ("cron(0 0 L-31 * ? *)", "cron field 'day' value 'L-31' has the offset 'L-31', which needs a number of days from 0 to 30 after 'L-'"),
        ("cron(0 0 32W * ? *)", "cron field 'day' value '32W' is out of range 1-31"),
        ("cron(0 0 * * ? 20x0)", "cron field 'year' value '20x0' has '20x0', which is not a number"),
        ("cron(0 0 * * ? é)", "cron field 'year' value 'é' contains 'é', which is neither a value nor a wildcard"),
        ("cron(0 0 * * ? 99999999999999999999)", "cron field 'year' value '99999999999999999999' is out of range 1970-2199"),
    ]

    @Test(arguments: invalidFields)
    func invalidCronFieldIsAnErrorNamingTheField(expression: String, message: String) {
        let diagnostics = Schedule.expression(expression).diagnostics(at: "S/R").filter { $0.code == "events.schedule.cron.field" }
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.path == "S/R" && $0.hint != nil })
    }

    @Test func cronFieldHintListsTheFieldsSyntax() {
        let diagnostics = Schedule.expression("cron(0 0 ? * 9 *)").diagnostics(at: "S/R")
        #expect(diagnostics.first?.hint == "'weekDay' takes 1-7 or SUN-SAT and the wildcards , - * ? L #")
    }

    @Test func everyBadFieldIsReported() {
        let diagnostics = Schedule.expression("cron(60 24 * * ? *)").diagnostics(at: "S/R")
        #expect(diagnostics.map(\.message) == [
            "cron field 'minute' value '60' is out of range 0-59",
            "cron field 'hour' value '24' is out of range 0-23",
        ])
    }

    @Test func rateWithPluralUnitForOneIsAnError() {
        let diagnostics = Schedule.expression("rate(1 minutes)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.unitNumber", path: "S/R",
            message: "rate expression 'rate(1 minutes)' needs the singular unit 'minute' for a value of 1",
            hint: "EventBridge requires a singular unit exactly when the value is 1: 'rate(1 minute)'")])
    }

    @Test func rateWithSingularUnitForManyIsAnError() {
        let diagnostics = Schedule.expression("rate(5 hour)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.unitNumber", path: "S/R",
            message: "rate expression 'rate(5 hour)' needs the plural unit 'hours' for a value of 5",
            hint: "EventBridge requires a singular unit exactly when the value is 1: 'rate(5 hours)'")])
    }

    @Test func rateInSecondsIsAnError() {
        let diagnostics = Schedule.expression("rate(30 seconds)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.unit", path: "S/R",
            message: "rate expression 'rate(30 seconds)' has the unit 'seconds'; EventBridge allows 'minute', 'minutes', 'hour', 'hours', 'day', 'days'",
            hint: "rates are whole minutes at the least, such as 'rate(1 minute)'")])
    }

    @Test func rateOfZeroIsAnError() {
        let diagnostics = Schedule.expression("rate(0 minutes)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.zero", path: "S/R",
            message: "rate expression 'rate(0 minutes)' has a value of 0",
            hint: "use a rate of at least 1 minute, such as 'rate(1 minute)'")])
    }

    @Test(arguments: ["rate(5)", "rate(5  minutes)", "rate(-5 minutes)", "rate(1.5 hours)", "rate(five minutes)", "rate()", "rate( 5 minutes)"])
    func malformedRateIsAnError(expression: String) {
        let diagnostics = Schedule.expression(expression).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.rate.syntax", path: "S/R",
            message: "rate expression '\(expression)' is not of the form 'rate(value unit)'",
            hint: "write a whole number, one space and a unit, such as 'rate(5 minutes)'")])
    }

    @Test func oneTimeAtExpressionIsAnError() {
        let diagnostics = Schedule.expression("at(2030-01-01T00:00:00)").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.expression.oneTime", path: "S/R",
            message: "schedule expression 'at(2030-01-01T00:00:00)' is a one-time schedule, which EventBridge rules do not support",
            hint: "use a cron expression with a year, such as 'cron(0 12 1 1 ? 2030)', or EventBridge Scheduler for one-time schedules")])
    }

    @Test(arguments: ["", "every 5 minutes", "0 12 * * ? *", "cron(0 12 * * ? *", " rate(5 minutes)", "Rate(5 minutes)", "cron 0 12 * * ? *)"])
    func unknownExpressionIsAnError(expression: String) {
        let diagnostics = Schedule.expression(expression).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.expression.unknown", path: "S/R",
            message: "schedule expression '\(expression)' is neither a rate nor a cron expression",
            hint: "write 'rate(value unit)' or 'cron(minute hour day month weekDay year)', such as 'rate(5 minutes)' or 'cron(0 12 * * ? *)'")])
    }

    @Test func expressionLongerThan256CharactersIsAnError() {
        let minutes = (0...59).map(String.init).joined(separator: ",")
        let hours = (0...23).map(String.init).joined(separator: ",")
        let days = (1...31).map(String.init).joined(separator: ",")
        let expression = "cron(\(minutes) \(hours) \(days) * ? *)"
        #expect(expression.count > 256)
        let diagnostics = Schedule.expression(expression).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.schedule.expression.tooLong", path: "S/R",
            message: "schedule expression is \(expression.count) characters long; EventBridge allows at most 256",
            hint: "shorten the lists in the cron fields, or split the schedule into several rules")])
    }

    @Test func expressionIsRenderedVerbatim() {
        #expect(Schedule.expression("rate(5 minutes)").expressionString == "rate(5 minutes)")
        #expect(Schedule.expression("cron(0/10 * ? * *)").expressionString == "cron(0/10 * ? * *)")
    }
}
