/// The services of the AWS SDK for JavaScript v3, as the CDK 2.275.0 lists them
/// (`custom-resources/lib/helpers-internal/sdk-v3-metadata.json`, `sdk-v2-to-v3.json`):
/// how a service name a user writes maps to its v3 client package, and its IAM prefix.
enum AwsSdkServices {
    /// A v3 client package name (without `@aws-sdk/client-`), from any name the CDK's
    /// handler accepts: v3 (`cloudwatch-logs`), package (`@aws-sdk/client-cloudwatch-logs`)
    /// or v2 (`CloudWatchLogs`), in any case.
    static func v3Name(of service: String) -> String {
        var name = service.lowercased()
        if name.hasPrefix("@aws-sdk/client-") { name.removeFirst("@aws-sdk/client-".count) }
        return v2ToV3[name] ?? name
    }

    /// Whether `name` (a v3 name) is a service of the SDK.
    static func exists(_ name: String) -> Bool { iamPrefixes[name] != nil }

    /// The IAM prefix of a v3 service name; the name itself when it is not known.
    static func iamPrefix(of name: String) -> String { iamPrefixes[name] ?? name }

    /// `name` or `name=prefix` where the IAM prefix differs.
    private static let iamPrefixes: [String: String] = table("""
accessanalyzer=access-analyzer account acm-pca acm amp=aps amplify amplifybackend
amplifyuibuilder api-gateway=apigateway apigatewaymanagementapi=execute-api
apigatewayv2=apigateway app-mesh=appmesh appconfig appconfigdata=appconfig appfabric appflow
appintegrations=app-integrations application-auto-scaling=application-autoscaling
application-discovery-service=discovery application-insights=applicationinsights
application-signals applicationcostprofiler=application-cost-profiler apprunner appstream
appsync apptest arc-zonal-shift artifact athena auditmanager
auto-scaling-plans=autoscaling-plans auto-scaling=autoscaling b2bi backup-gateway backup
backupsearch=backup-search batch bcm-data-exports bcm-pricing-calculator
bedrock-agent-runtime=bedrock bedrock-agent=bedrock bedrock-data-automation-runtime=bedrock
bedrock-data-automation=bedrock bedrock-runtime=bedrock bedrock billing billingconductor braket
budgets chatbot chime-sdk-identity=chime chime-sdk-media-pipelines=chime
chime-sdk-meetings=chime chime-sdk-messaging=chime chime-sdk-voice=chime chime cleanrooms
cleanroomsml=cleanrooms-ml cloud9 cloudcontrol=cloudcontrolapi clouddirectory cloudformation
cloudfront-keyvaluestore cloudfront cloudhsm-v2=cloudhsm cloudhsm cloudsearch-domain=cloudsearch
cloudsearch cloudtrail-data cloudtrail cloudwatch-events=events cloudwatch-logs=logs cloudwatch
codeartifact codebuild codecatalyst codecommit codeconnections codedeploy codeguru-reviewer
codeguru-security codeguruprofiler=codeguru-profiler codepipeline codestar-connections
codestar-notifications cognito-identity-provider=cognito-idp cognito-identity cognito-sync
comprehend comprehendmedical compute-optimizer config-service=config
connect-contact-lens=connect connect connectcampaigns=connect-campaigns
connectcampaignsv2=connect-campaigns connectcases=cases connectparticipant=execute-api
controlcatalog controltower cost-and-usage-report-service=cur cost-explorer=ce
cost-optimization-hub customer-profiles=profile data-pipeline=datapipeline
database-migration-service=dms databrew dataexchange datasync datazone dax deadline detective
device-farm=devicefarm devops-guru direct-connect=directconnect directory-service-data=ds-data
directory-service=ds dlm docdb-elastic docdb=rds drs dsql dynamodb-streams=dynamodb dynamodb ebs
ec2-instance-connect ec2 ecr-public ecr ecs efs=elasticfilesystem eks-auth eks
elastic-beanstalk=elasticbeanstalk elastic-load-balancing-v2=elasticloadbalancing
elastic-load-balancing=elasticloadbalancing elastic-transcoder=elastictranscoder elasticache
elasticsearch-service=es emr-containers emr-serverless emr=elasticmapreduce entityresolution
eventbridge=events evidently finspace-data=finspace-api finspace firehose fis fms forecast
forecastquery=forecast frauddetector freetier fsx gamelift gameliftstreams geo-maps geo-places
geo-routes glacier global-accelerator=globalaccelerator glue grafana greengrass
greengrassv2=greengrass groundstation guardduty health healthlake iam identitystore imagebuilder
inspector-scan inspector inspector2 internetmonitor invoicing iot-data-plane=iotdata
iot-events-data=ioteventsdata iot-events=iotevents iot-jobs-data-plane=iot-jobs-data
iot-managed-integrations=iotmanagedintegrations iot-wireless=iotwireless iot iotanalytics
iotdeviceadvisor iotfleethub iotfleetwise iotsecuretunneling=IoTSecuredTunneling iotsitewise
iotthingsgraph iottwinmaker ivs-realtime=ivs ivs ivschat kafka kafkaconnect kendra-ranking
kendra keyspaces=cassandra kinesis-analytics-v2=kinesisanalytics
kinesis-analytics=kinesisanalytics kinesis-video-archived-media=kinesisvideo
kinesis-video-media=kinesisvideo kinesis-video-signaling=kinesisvideo
kinesis-video-webrtc-storage=kinesisvideo kinesis-video=kinesisvideo kinesis kms lakeformation
lambda launch-wizard=launchwizard lex-model-building-service=lex lex-models-v2=lex
lex-runtime-service=lex lex-runtime-v2=lex license-manager-linux-subscriptions
license-manager-user-subscriptions license-manager lightsail location=geo lookoutequipment
lookoutmetrics lookoutvision m2 machine-learning=machinelearning macie2 mailmanager=ses
managedblockchain-query managedblockchain marketplace-agreement=aws-marketplace
marketplace-catalog=aws-marketplace marketplace-commerce-analytics=marketplacecommerceanalytics
marketplace-deployment=aws-marketplace marketplace-entitlement-service=aws-marketplace
marketplace-metering=aws-marketplace marketplace-reporting=aws-marketplace mediaconnect
mediaconvert medialive mediapackage-vod mediapackage mediapackagev2 mediastore-data=mediastore
mediastore mediatailor medical-imaging memorydb mgn
migration-hub-refactor-spaces=refactor-spaces migration-hub=mgh migrationhub-config=mgh
migrationhuborchestrator=migrationhub-orchestrator migrationhubstrategy=migrationhub-strategy mq
mturk=mturk-requester mwaa=airflow neptune-graph neptune=rds neptunedata=neptune-db
network-firewall networkflowmonitor networkmanager networkmonitor notifications
notificationscontacts=notifications-contacts oam observabilityadmin omics opensearch=es
opensearchserverless=aoss opsworks opsworkscm=opsworks-cm organizations osis outposts panorama
partnercentral-selling payment-cryptography-data=payment-cryptography payment-cryptography
pca-connector-ad pca-connector-scep pcs personalize-events=personalize
personalize-runtime=personalize personalize pi pinpoint-email=ses
pinpoint-sms-voice-v2=sms-voice pinpoint-sms-voice=sms-voice pinpoint=mobiletargeting pipes
polly pricing proton qapps qbusiness qconnect=wisdom qldb-session=qldb qldb quicksight ram rbin
rds-data rds redshift-data redshift-serverless redshift rekognition
rekognitionstreaming=rekognition repostspace resiliencehub resource-explorer-2
resource-groups-tagging-api=tagging resource-groups robomaker rolesanywhere
route-53-domains=route53domains route-53=route53 route53-recovery-cluster
route53-recovery-control-config route53-recovery-readiness route53profiles route53resolver rum
s3-control=s3 s3 s3outposts=s3-outposts s3tables sagemaker-a2i-runtime=sagemaker
sagemaker-edge=sagemaker sagemaker-featurestore-runtime=sagemaker sagemaker-geospatial
sagemaker-metrics=sagemaker sagemaker-runtime=sagemaker sagemaker savingsplans scheduler schemas
secrets-manager=secretsmanager security-ir securityhub securitylake
serverlessapplicationrepository=serverlessrepo service-catalog-appregistry=servicecatalog
service-catalog=servicecatalog service-quotas=servicequotas servicediscovery ses sesv2=ses
sfn=states shield signer simspaceweaver sms snow-device-management snowball sns
socialmessaging=social-messaging sqs ssm-contacts ssm-guiconnect ssm-incidents ssm-quicksetup
ssm-sap ssm sso-admin=sso sso-oidc=sso-oauth sso=awsssoportal storage-gateway=storagegateway sts
supplychain=scn support-app=supportapp support swf synthetics taxsettings=tax textract
timestream-influxdb timestream-query=timestream timestream-write=timestream tnb
transcribe-streaming=transcribe transcribe transfer translate trustedadvisor verifiedpermissions
voice-id=voiceid vpc-lattice waf-regional waf wafv2 wellarchitected wisdom workdocs workmail
workmailmessageflow workspaces-thin-client=thinclient workspaces-web workspaces xray
""")

    /// `v2=v3` for the v2 names that differ from their v3 name.
    private static let v2ToV3: [String: String] = table("""
acmpca=acm-pca apigateway=api-gateway arczonalshift=arc-zonal-shift appmesh=app-mesh
applicationautoscaling=application-auto-scaling applicationinsights=application-insights
applicationsignals=application-signals augmentedairuntime=sagemaker-a2i-runtime
autoscaling=auto-scaling autoscalingplans=auto-scaling-plans bcmdataexports=bcm-data-exports
backupgateway=backup-gateway bedrockagent=bedrock-agent
bedrockagentruntime=bedrock-agent-runtime bedrockruntime=bedrock-runtime
cur=cost-and-usage-report-service chimesdkidentity=chime-sdk-identity
chimesdkmediapipelines=chime-sdk-media-pipelines chimesdkmeetings=chime-sdk-meetings
chimesdkmessaging=chime-sdk-messaging chimesdkvoice=chime-sdk-voice cloudhsmv2=cloudhsm-v2
cloudsearchdomain=cloudsearch-domain cloudtraildata=cloudtrail-data
cloudwatchevents=cloudwatch-events cloudwatchlogs=cloudwatch-logs
codegurureviewer=codeguru-reviewer codegurusecurity=codeguru-security
codestarnotifications=codestar-notifications codestarconnections=codestar-connections
cognitoidentity=cognito-identity cognitoidentityserviceprovider=cognito-identity-provider
cognitosync=cognito-sync computeoptimizer=compute-optimizer configservice=config-service
connectcontactlens=connect-contact-lens costexplorer=cost-explorer
costoptimizationhub=cost-optimization-hub customerprofiles=customer-profiles
dms=database-migration-service datapipeline=data-pipeline devopsguru=devops-guru
devicefarm=device-farm directconnect=direct-connect directoryservice=directory-service
discovery=application-discovery-service docdbelastic=docdb-elastic
dynamodbstreams=dynamodb-streams ec2instanceconnect=ec2-instance-connect ecrpublic=ecr-public
eksauth=eks-auth elb=elastic-load-balancing elbv2=elastic-load-balancing-v2
emrserverless=emr-serverless emrcontainers=emr-containers es=elasticsearch-service
elasticbeanstalk=elastic-beanstalk elasticinference=elastic-inference
elastictranscoder=elastic-transcoder finspacedata=finspace-data
forecastqueryservice=forecastquery forecastservice=forecast globalaccelerator=global-accelerator
ivsrealtime=ivs-realtime inspectorscan=inspector-scan
iot1clickdevicesservice=iot-1click-devices-service iot1clickprojects=iot-1click-projects
iotevents=iot-events ioteventsdata=iot-events-data iotjobsdataplane=iot-jobs-data-plane
iotwireless=iot-wireless iotdata=iot-data-plane kendraranking=kendra-ranking
kinesisanalytics=kinesis-analytics kinesisanalyticsv2=kinesis-analytics-v2
kinesisvideo=kinesis-video kinesisvideoarchivedmedia=kinesis-video-archived-media
kinesisvideomedia=kinesis-video-media kinesisvideosignalingchannels=kinesis-video-signaling
kinesisvideowebrtcstorage=kinesis-video-webrtc-storage launchwizard=launch-wizard
lexmodelbuildingservice=lex-model-building-service lexmodelsv2=lex-models-v2
lexruntime=lex-runtime-service lexruntimev2=lex-runtime-v2 licensemanager=license-manager
licensemanagerlinuxsubscriptions=license-manager-linux-subscriptions
licensemanagerusersubscriptions=license-manager-user-subscriptions
machinelearning=machine-learning managedblockchainquery=managedblockchain-query
marketplaceagreement=marketplace-agreement marketplacecatalog=marketplace-catalog
marketplacecommerceanalytics=marketplace-commerce-analytics
marketplacedeployment=marketplace-deployment
marketplaceentitlementservice=marketplace-entitlement-service
marketplacemetering=marketplace-metering mediapackagevod=mediapackage-vod
mediastoredata=mediastore-data medicalimaging=medical-imaging migrationhub=migration-hub
migrationhubconfig=migrationhub-config migrationhubrefactorspaces=migration-hub-refactor-spaces
networkfirewall=network-firewall paymentcryptography=payment-cryptography
paymentcryptographydata=payment-cryptography-data pcaconnectorad=pca-connector-ad
pcaconnectorscep=pca-connector-scep personalizeevents=personalize-events
personalizeruntime=personalize-runtime pinpointemail=pinpoint-email
pinpointsmsvoice=pinpoint-sms-voice pinpointsmsvoicev2=pinpoint-sms-voice-v2
qldbsession=qldb-session rdsdataservice=rds-data redshiftdata=redshift-data
redshiftserverless=redshift-serverless resourceexplorer2=resource-explorer-2
resourcegroups=resource-groups resourcegroupstaggingapi=resource-groups-tagging-api
route53=route-53 route53domains=route-53-domains route53recoverycluster=route53-recovery-cluster
route53recoverycontrolconfig=route53-recovery-control-config
route53recoveryreadiness=route53-recovery-readiness s3control=s3-control
ssmcontacts=ssm-contacts ssmincidents=ssm-incidents ssmquicksetup=ssm-quicksetup
ssoadmin=sso-admin ssooidc=sso-oidc sagemakerfeaturestoreruntime=sagemaker-featurestore-runtime
sagemakergeospatial=sagemaker-geospatial sagemakermetrics=sagemaker-metrics
sagemakerruntime=sagemaker-runtime sagemakeredge=sagemaker-edge secretsmanager=secrets-manager
servicecatalog=service-catalog servicecatalogappregistry=service-catalog-appregistry
servicequotas=service-quotas snowdevicemanagement=snow-device-management ssmsap=ssm-sap
stepfunctions=sfn storagegateway=storage-gateway supportapp=support-app
timestreaminfluxdb=timestream-influxdb timestreamquery=timestream-query
timestreamwrite=timestream-write transcribeservice=transcribe vpclattice=vpc-lattice
voiceid=voice-id wafregional=waf-regional workspacesthinclient=workspaces-thin-client
workspacesweb=workspaces-web
""")

    private static func table(_ text: String) -> [String: String] {
        var table: [String: String] = [:]
        for entry in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            table[parts[0]] = parts.count == 2 ? parts[1] : parts[0]
        }
        return table
    }
}
