#pragma once

#include "scenario/diagnostic.h"

#include <QDialog>

// Lists the problems found in scenario files that could not be loaded, one per line in the
// FILE:LINE:COL form, so the author can fix them.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ProblemsDialog(const Diagnostics &problems, QWidget *parent = nullptr);
};
