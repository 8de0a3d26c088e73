// CsvWriter: RFC 4180 quoting, and no cell from the public read by a spreadsheet as a formula.

#include "../sync/check.h"
#include "csvwriter.h"

using chorus::server::dashboard::CsvWriter;

int main()
{
    CHECK_EQ(CsvWriter::field("plain words"), "plain words");
    CHECK_EQ(CsvWriter::field("a, b"), "\"a, b\"");
    CHECK_EQ(CsvWriter::field("say \"hi\""), "\"say \"\"hi\"\"\"");
    for (const char *formula : { "=1+1", "+1", "-1", "@SUM(A1)" })
        CHECK_EQ(CsvWriter::field(formula), std::string("'") + formula);
    // Some spreadsheets skip a leading TAB or CR and then run what follows as a formula.
    CHECK_EQ(CsvWriter::field("\t=HYPERLINK(\"http://x\")"), "\"'\t=HYPERLINK(\"\"http://x\"\")\"");
    CHECK_EQ(CsvWriter::field("\r=1+1"), "\"'\r=1+1\"");
    CHECK_EQ(CsvWriter::field("\tindented"), "'\tindented");
    CHECK_EQ(CsvWriter::field("line\nbreak"), "\"line\nbreak\"");
    CsvWriter w;
    w.row({ "a", "\t=cmd" });
    CHECK_EQ(w.text(),
        "\xEF\xBB\xBF"
        "a,'\t=cmd\r\n");
    return chorus::test::tally().finish();
}
