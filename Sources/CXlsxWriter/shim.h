// libxlsxwriter (Debian's libxlsxwriter-dev), the C library that writes .xlsx workbooks: the kit's
// entry sheet with a drop-down of the class list in every choice cell (Sources/Sociogram/Output/
// WorkbookWriter.swift). Reading workbooks is ours (Import/Workbook/); writing them is this library's job.
#ifndef SOCIOGRAM_XLSXWRITER_H
#define SOCIOGRAM_XLSXWRITER_H
#include <xlsxwriter.h>
#endif
