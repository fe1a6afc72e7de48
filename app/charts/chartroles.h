#pragma once

#include <Qt>

// Item data roles of the chart models. Qt::DisplayRole holds the number itself, or nothing at
// all while the k rule suppresses it: a view can only draw what the model hands out.
namespace ChartRoles {
enum Role {
    // bool. On a cell: this number is withheld (fewer than k people). On a column header:
    // every cell of the column is.
    SuppressedRole = Qt::UserRole + 100,
    ThresholdRole,  // int: k, on every cell and header
    StageKeyRole,   // QString: the stage a row stands for ("bystander", …), or empty
    StageColorRole, // QColor: that stage's colour, invalid when the row has no stage
    StageLabelRole, // QString: that stage's label in this session (labels can be renamed)
};
} // namespace ChartRoles
