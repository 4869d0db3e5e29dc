extension PolicyStatement {
    /// The statement as the CDK renders it (`toStatementJson`): keys in the order
    /// `Action`, `NotAction`, `Condition`, `Effect`, `Principal`, `NotPrincipal`,
    /// `Resource`, `NotResource`, `Sid`; empty elements left out; a list of one action,
    /// resource or principal value unwrapped to that value; joins reduced as the CDK
    /// reduces them.
    public var json: JSONValue {
        var object = JSONObject()
        object["Action"] = Self.unwrapped(actions.map(JSONValue.string))
        object["NotAction"] = Self.unwrapped(notActions.map(JSONValue.string))
        if !conditions.isEmpty {
            object["Condition"] = conditions.json
        }
        object["Effect"] = .string(effect.rawValue)
        if !principals.isEmpty {
            object["Principal"] = Principal.render(principals)
        }
        if !notPrincipals.isEmpty {
            object["NotPrincipal"] = Principal.render(notPrincipals)
        }
        object["Resource"] = Self.unwrapped(resources)
        object["NotResource"] = Self.unwrapped(notResources)
        if let sid {
            object["Sid"] = .string(sid)
        }
        return JSONValue.object(object).simplifyingJoins()
    }

    /// Nothing for an empty list, the value for a list of one, else the list.
    private static func unwrapped(_ values: [JSONValue]) -> JSONValue? {
        switch values.count {
        case 0: return nil
        case 1: return values[0]
        default: return .array(values)
        }
    }
}
