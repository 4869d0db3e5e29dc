import CDK
