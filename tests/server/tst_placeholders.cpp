// SQLite-style placeholders become PostgreSQL's, numbered as SQLite numbers them; quoted text is left alone.

#include "../sync/check.h"
#include "postgres/placeholders.h"

using chorus::server::postgres::translatePlaceholders;

int main()
{
    CHECK_EQ(translatePlaceholders("SELECT 1 FROM t WHERE a = ?1 AND b = ?2"), "SELECT 1 FROM t WHERE a = $1 AND b = $2");
    CHECK_EQ(translatePlaceholders("UPDATE t SET a = ? WHERE b = ? AND c = ?"), "UPDATE t SET a = $1 WHERE b = $2 AND c = $3");
    // A bare ? after ?5 is the sixth, and a number may repeat.
    CHECK_EQ(translatePlaceholders("?5 ? ?2 ?5"), "$5 $6 $2 $5");
    CHECK_EQ(translatePlaceholders("?12"), "$12");
    CHECK_EQ(translatePlaceholders("SELECT '?', \"a?b\" FROM t WHERE x = ?"), "SELECT '?', \"a?b\" FROM t WHERE x = $1");
    CHECK_EQ(translatePlaceholders("SELECT 'it''s ?' WHERE y = ?3"), "SELECT 'it''s ?' WHERE y = $3");
    CHECK_EQ(translatePlaceholders("no placeholders"), "no placeholders");
    return chorus::test::tally().finish();
}
