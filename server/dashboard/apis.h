#pragma once
// The dashboard's API groups; each installs its routes on the router. One file per group.

#include "router.h"

#include <filesystem>

namespace chorus::server::dashboard {

void installPromptsApi(Router &router);
void installReviewApi(Router &router);
void installOutcomesApi(Router &router);
void installWithdrawalApi(Router &router);
void installDevicesApi(Router &router);
void installExportApi(Router &router);
void installConflictsApi(Router &router);
void installCoordinatorsApi(Router &router);
void installRedactionApi(Router &router);
void installRetentionApi(Router &router);
void installSubjectAccessApi(Router &router);
void installContactBackApi(Router &router);
void installUrgentApi(Router &router);
void installHelpWordsApi(Router &router);
void installSummaryApi(Router &router);
void installReportApi(Router &router);
void installThemesApi(Router &router);
void installWorkersApi(Router &router);
void installOutreachSessionsApi(Router &router);
void installCoproductionApi(Router &router);
void installPictureCardsApi(Router &router);

// Fields copied from a request body, keeping only the names a kind allows the dashboard to set.
[[nodiscard]] nlohmann::json pickFields(const nlohmann::json &body, std::initializer_list<const char *> names);
// Throws ApiError(bad_request) unless every id in the list is a site of the caller's organisation.
void requireOwnSites(Call &call, const nlohmann::json &sites);

} // namespace chorus::server::dashboard
