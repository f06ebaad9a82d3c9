package org.sendpmo.infra;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small readers over the synthesised template's JSON, for checks Template's matchers make awkward. */
final class Cfn {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cfn() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Synthesised s, String type) {
        Map<String, Object> all = (Map<String, Object>) s.json.get("Resources");
        return all.entrySet().stream()
                .filter(e -> type.equals(((Map<String, Object>) e.getValue()).get("Type")))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (Map<String, Object>) e.getValue()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** The logical id of the one Lambda function with this handler. */
    static String functionWithHandler(Synthesised s, String handler) {
        List<String> ids = resources(s, "AWS::Lambda::Function").entrySet().stream()
                .filter(e -> handler.equals(properties(e.getValue()).get("Handler")))
                .map(Map.Entry::getKey).collect(Collectors.toList());
        if (ids.size() != 1) {
            throw new AssertionError("expected one function with handler " + handler + ", found " + ids);
        }
        return ids.get(0);
    }

    /** Every IAM statement attached to the role of the function {@code functionId}, as JSON text each. */
    @SuppressWarnings("unchecked")
    static List<String> statementsOf(Synthesised s, String functionId) {
        Map<String, Object> role = (Map<String, Object>) properties(resources(s, "AWS::Lambda::Function").get(functionId)).get("Role");
        String roleId = (String) ((List<Object>) role.get("Fn::GetAtt")).get(0);
        return resources(s, "AWS::IAM::Policy").values().stream()
                .filter(p -> text(properties(p).get("Roles")).contains("\"" + roleId + "\""))
                .flatMap(p -> ((List<Object>) ((Map<String, Object>) properties(p).get("PolicyDocument")).get("Statement")).stream())
                .map(Cfn::text)
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Synthesised s, String functionId) {
        Map<String, Object> env = (Map<String, Object>) properties(resources(s, "AWS::Lambda::Function").get(functionId)).get("Environment");
        return (Map<String, Object>) env.get("Variables");
    }

    static String text(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
