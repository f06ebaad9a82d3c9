package org.sendpmo.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Least privilege: each function reaches only the buckets, prefixes and functions its work needs. */
class AccessTest {
    private final Synthesised s = Synthesised.stack();

    /**
     * The api only reads the site: builds and the sign-off PDF board pack are written by the pack-builder, which
     * it invokes (its live alias) for both.
     */
    @Test
    void theApiReadsAndWritesTheRawPrefixesReadsTheSiteAndInvokesThePackBuilder() {
        List<String> api = Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.API_HANDLER));
        for (String prefix : Functions.RAW_PREFIXES) {
            assertTrue(has(api, "[\"s3:GetObject\",\"s3:PutObject\"]", "StorageRaw", "/" + prefix + "*"), prefix + " in " + api);
        }
        assertFalse(has(api, "s3:PutObject", "StorageSite", "/*"), "the api never writes the site: " + api);
        assertTrue(has(api, "\"s3:GetObject\"", "StorageSite", "/*"), api.toString());
        assertTrue(has(api, "lambda:InvokeFunction", "PackBuilderLive", ""), api.toString());
        assertFalse(api.stream().anyMatch(st -> st.contains("lambda:InvokeFunction") && !st.contains("PackBuilderLive")),
                "the pack-builder's live alias is the only function the api starts: " + api);
    }

    @Test
    void theApiAndThePackBuilderListTheLeadGroupAndDoNothingElseInThePool() {
        for (String mailer : List.of(Functions.API_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            List<String> statements = Cfn.statementsOf(s, Cfn.functionWithHandler(s, mailer));
            assertTrue(cognitoActions(statements).contains("cognito-idp:ListUsersInGroup"), mailer + ": " + statements);
            assertTrue(Cfn.text(Cfn.environment(s, Cfn.functionWithHandler(s, mailer)).get("ASSURANCE_COGNITO_USER_POOL_ID"))
                    .contains("AuthUsers"), mailer);
        }
        assertEquals(List.of("cognito-idp:ListUsersInGroup"),
                cognitoActions(Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.PACK_BUILDER_HANDLER))), "pack-builder");
        assertFalse(Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.INGEST_HANDLER)).stream()
                .anyMatch(st -> st.contains("cognito-idp:")), "ingest");
    }

    @Test
    void theApiAlsoListsThePoolsUsersForItsUserDirectoryAndNothingMore() {
        List<String> statements = Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.API_HANDLER));
        assertEquals(List.of("cognito-idp:ListUsers", "cognito-idp:ListUsersInGroup"), cognitoActions(statements), statements.toString());
    }

    /**
     * The Cognito actions of a function's statements, sorted; each statement that has one must be on the user pool
     * alone (its ARN, by reference), so this fails on any other resource.
     */
    private static List<String> cognitoActions(List<String> statements) {
        List<String> actions = new java.util.ArrayList<>();
        for (String statement : statements.stream().filter(st -> st.contains("cognito-idp:")).toList()) {
            assertTrue(statement.matches(".*\"Resource\":\\{\"Fn::GetAtt\":\\[\"AuthUsers[0-9A-F]+\",\"Arn\"\\]\\}.*"), statement);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("cognito-idp:[A-Za-z]+").matcher(statement);
            while (m.find()) {
                actions.add(m.group());
            }
        }
        return actions.stream().sorted().toList();
    }

    @Test
    void ingestOnlyReadsTheRawBucket() {
        List<String> ingest = Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.INGEST_HANDLER));
        assertTrue(has(ingest, "\"s3:GetObject\"", "StorageRaw", "/*"), ingest.toString());
        assertFalse(ingest.stream().anyMatch(st -> st.contains("s3:PutObject") || st.contains("StorageSite")), ingest.toString());
    }

    @Test
    void thePackBuilderReadsRawAndPublishesToTheSite() {
        List<String> pack = Cfn.statementsOf(s, Cfn.functionWithHandler(s, Functions.PACK_BUILDER_HANDLER));
        assertTrue(has(pack, "\"s3:GetObject\"", "StorageRaw", "/*"), pack.toString());
        assertTrue(has(pack, "[\"s3:GetObject\",\"s3:PutObject\"]", "StorageSite", "/*"), pack.toString());
        assertFalse(has(pack, "s3:PutObject", "StorageRaw", ""), "raw uploads are only ever read: " + pack);
    }

    @Test
    void nothingDeletesAndNothingHasAWildcardAction() {
        for (String handler : List.of(Functions.API_HANDLER, Functions.INGEST_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            for (String statement : Cfn.statementsOf(s, Cfn.functionWithHandler(s, handler))) {
                assertFalse(statement.contains("Delete"), handler + ": " + statement);
                assertFalse(statement.matches(".*\"[a-z0-9]+:\\*\".*") || statement.contains("\"*\""), handler + ": " + statement);
                assertFalse(statement.contains("secretsmanager:"), "secrets arrive at deploy time: " + statement);
            }
        }
    }

    private static boolean has(List<String> statements, String action, String resource, String suffix) {
        return statements.stream().anyMatch(st -> st.contains(action) && st.contains(resource) && st.contains(suffix));
    }
}
