/// A construct standing for a resource that exists outside the app (a project imported
/// by ARN): it renders nothing itself, but what the CDK generates under it (a target's
/// events role, a repository's rules) is placed under it, with the CDK's logical IDs.
///
/// When no builder declares it, it is placed where it is first needed: in the stack of
/// the rule that targets it, or where its first rule is declared, as the CDK's
/// `fromXxx(stack, id, …)` puts it in that stack.
protocol ImportedConstruct: Construct {}
