# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_list_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DuesListDialog(object):
    def setupUi(self, DuesListDialog):
        if not DuesListDialog.objectName():
            DuesListDialog.setObjectName(u"DuesListDialog")
        DuesListDialog.resize(880, 600)
        self.dialogLayout = QVBoxLayout(DuesListDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DuesListDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pasteEdit = QPlainTextEdit(DuesListDialog)
        self.pasteEdit.setObjectName(u"pasteEdit")
        self.pasteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.pasteEdit)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.chooseFileButton = QPushButton(DuesListDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.optionsLayout.addWidget(self.chooseFileButton)

        self.fileLabel = QLabel(DuesListDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.optionsLayout.addWidget(self.fileLabel)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.dateLabel = QLabel(DuesListDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.optionsLayout.addWidget(self.dateLabel)

        self.dateEdit = DateField(DuesListDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.optionsLayout.addWidget(self.dateEdit)

        self.methodLabel = QLabel(DuesListDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.optionsLayout.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(DuesListDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.optionsLayout.addWidget(self.methodCombo)

        self.checkButton = QPushButton(DuesListDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.optionsLayout.addWidget(self.checkButton)


        self.dialogLayout.addLayout(self.optionsLayout)

        self.summaryLabel = QLabel(DuesListDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.previewTable = QTableWidget(DuesListDialog)
        if (self.previewTable.columnCount() < 6):
            self.previewTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.previewTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(True)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.previewTable)

        self.errorLabel = QLabel(DuesListDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.faultReportButton = QPushButton(DuesListDialog)
        self.faultReportButton.setObjectName(u"faultReportButton")
        self.faultReportButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.faultReportButton)

        self.buttonBox = QDialogButtonBox(DuesListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesListDialog)

        QMetaObject.connectSlotsByName(DuesListDialog)
    # setupUi

    def retranslateUi(self, DuesListDialog):
        DuesListDialog.setWindowTitle(QCoreApplication.translate("DuesListDialog", u"\u6309\u540d\u5355\u767b\u8bb0\u515a\u8d39", None))
        self.introLabel.setText(QCoreApplication.translate("DuesListDialog", u"\u628a\u4ece\u94f6\u884c\u6d41\u6c34\u6216\u5fae\u4fe1\u6536\u6b3e\u8bb0\u5f55\u4e2d\u590d\u5236\u7684\u540d\u5355\u7c98\u8d34\u5230\u4e0b\u9762\uff08\u6bcf\u884c\u201c\u59d3\u540d \u91d1\u989d\u201d\uff0c\u53ef\u518d\u5199\u4ea4\u7eb3\u65e5\u671f\u3001\u6240\u4ea4\u6708\u4efd\uff1b\u4e5f\u53ef\u7c98\u8d34\u5e26\u8868\u5934\u7684\u8868\u683c\uff09\uff0c\u6216\u9009\u62e9Excel/CSV\u540d\u5355\u6587\u4ef6\u3002\u5148\u770b\u9884\u89c8\uff0c\u5168\u90e8\u65e0\u8bef\u624d\u80fd\u767b\u8bb0\u3002", None))
        self.pasteEdit.setPlaceholderText(QCoreApplication.translate("DuesListDialog", u"\u5f20\u4e09 0.50\n"
"\u674e\u56db 1.50 2026-11-05\n"
"\u738b\u82b3	3.00	1\u20146\u6708", None))
        self.chooseFileButton.setText(QCoreApplication.translate("DuesListDialog", u"\u9009\u62e9\u540d\u5355\u6587\u4ef6(&F)\u2026", None))
        self.fileLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("DuesListDialog", u"\u6ca1\u5199\u65e5\u671f\u7684\u6309", None))
        self.methodLabel.setText(QCoreApplication.translate("DuesListDialog", u"\u65b9\u5f0f", None))
        self.checkButton.setText(QCoreApplication.translate("DuesListDialog", u"\u68c0\u67e5(&C)", None))
        self.summaryLabel.setText("")
        ___qtablewidgetitem = self.previewTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DuesListDialog", u"\u884c\u53f7", None))
        ___qtablewidgetitem1 = self.previewTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DuesListDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem2 = self.previewTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DuesListDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        ___qtablewidgetitem3 = self.previewTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DuesListDialog", u"\u6240\u4ea4\u6708\u4efd", None))
        ___qtablewidgetitem4 = self.previewTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DuesListDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        ___qtablewidgetitem5 = self.previewTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DuesListDialog", u"\u8bf4\u660e", None))
        self.errorLabel.setText("")
        self.faultReportButton.setText(QCoreApplication.translate("DuesListDialog", u"\u4fdd\u5b58\u9519\u8bef\u6e05\u5355(&E)\u2026", None))
    # retranslateUi

