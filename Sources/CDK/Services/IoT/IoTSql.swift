/// The SQL statement of an IoT topic rule and the rules-engine version that runs it, as
/// the CDK's `IotSql` (`AwsIotSqlVersion` and `Sql` of the rule).
/// https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-sql-version.html
public struct IoTSql: Equatable {
    /// `2015-10-08`, `2016-03-23` or `beta`.
    public let version: String
    public let sql: String

    /// SQL for the rules engine of 2016-03-23, the current version.
    public static func version20160323(_ sql: String) -> IoTSql { IoTSql(version: "2016-03-23", sql: sql) }

    /// SQL for the original rules engine of 2015-10-08 (CloudFormation's default).
    public static func version20151008(_ sql: String) -> IoTSql { IoTSql(version: "2015-10-08", sql: sql) }

    /// SQL for the newest, unstable rules engine.
    public static func newestUnstable(_ sql: String) -> IoTSql { IoTSql(version: "beta", sql: sql) }

    /// `SELECT * FROM '<topic>'` on the 2016-03-23 engine: every message on the topic.
    public static func selectAll(from topic: IoTTopic) -> IoTSql { version20160323(topic.selectAll) }
}
