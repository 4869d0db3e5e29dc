"""All targets: the CDK equivalent of the AllTargets sample."""
import aws_cdk as cdk
from aws_cdk import (aws_events as events, aws_events_targets as targets, aws_sqs as sqs, aws_sns as sns,
                     aws_lambda as lambda_, aws_kinesis as kinesis, aws_kinesisfirehose as firehose, aws_s3 as s3,
                     aws_logs as logs, aws_apigateway as apigw)

app = cdk.App()
stack = cdk.Stack(app, "AllTargets", env=cdk.Environment(account="111111111111", region="us-east-1"))
dead_letters = sqs.Queue(stack, "DeadLetters")
alerts = sns.Topic(stack, "Alerts")
work = sqs.Queue(stack, "Work")
handler = lambda_.Function(stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                           code=lambda_.Code.from_inline("def handler(event, context):\n    print(event)\n"))
stream = kinesis.Stream(stack, "OrderStream")
bucket = s3.Bucket.from_bucket_arn(stack, "ArchiveBucket", "arn:aws:s3:::all-targets-order-archive")
archive = firehose.DeliveryStream(stack, "OrderArchive", destination=firehose.S3Bucket(bucket))
event_log = logs.LogGroup(stack, "EventLog", log_group_name="/all-targets/events", retention=logs.RetentionDays.ONE_MONTH)
audit_log = logs.LogGroup(stack, "AuditLog")
api = apigw.RestApi(stack, "OrdersApi")
orders = api.root.add_resource("orders")
orders.add_method("POST")
orders.add_resource("{id}").add_method("PUT", apigw.LambdaIntegration(handler))
connection = events.Connection(stack, "WebhookConnection",
    authorization=events.Authorization.api_key("x-api-key", cdk.SecretValue.secrets_manager("all-targets/webhook", json_field="apiKey")),
    header_parameters={"x-source": events.HttpParameter.from_string("all-targets")})
webhook = events.ApiDestination(stack, "Webhook", connection=connection, endpoint="https://hooks.example.com/events/*", rate_limit_per_second=10)
central = events.EventBus(stack, "Central")
partner_bus = events.EventBus.from_event_bus_arn(stack, "PartnerBus", "arn:aws:events:us-east-1:222222222222:event-bus/partner")

order_placed = events.Rule(stack, "OrderPlaced", event_pattern=events.EventPattern(source=["com.example.orders"], detail_type=["Order Placed"]))
order_placed.add_target(targets.SnsTopic(alerts, message=events.RuleTargetInput.from_text(
    f"Order {events.EventField.from_path('$.detail.orderId')} placed in {events.EventField.region}")))
order_placed.add_target(targets.SqsQueue(work, dead_letter_queue=dead_letters, retry_attempts=3, max_event_age=cdk.Duration.hours(1)))
order_placed.add_target(targets.LambdaFunction(handler, event=events.RuleTargetInput.from_event_path("$.detail")))
order_placed.add_target(targets.KinesisStream(stream, partition_key_path="$.detail.orderId"))
order_placed.add_target(targets.FirehoseDeliveryStream(archive, message=events.RuleTargetInput.from_event_path("$.detail")))

order_changed = events.Rule(stack, "OrderChanged", event_pattern=events.EventPattern(source=["com.example.orders"], detail_type=["Order Changed"]))
order_changed.add_target(targets.CloudWatchLogGroup(event_log, log_event=targets.LogGroupTargetInput.from_object_v2(
    message=events.EventField.from_path("$.detail"))))
order_changed.add_target(targets.ApiGateway(api, method="PUT", path="/orders/*", header_parameters={"x-order-source": "eventbridge"},
    path_parameter_values=["$.detail.orderId"], post_body=events.RuleTargetInput.from_event_path("$.detail"),
    dead_letter_queue=dead_letters, retry_attempts=5))
order_changed.add_target(targets.ApiDestination(webhook, path_parameter_values=["$.detail.orderId"], query_string_parameters={"type": "$.detail-type"},
    dead_letter_queue=dead_letters, max_event_age=cdk.Duration.hours(2)))
order_changed.add_target(targets.EventBus(central))
order_changed.add_target(targets.EventBus(partner_bus, dead_letter_queue=dead_letters))

audit = events.Rule(stack, "Audit", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
audit.add_target(targets.CloudWatchLogGroup(audit_log))
app.synth()
