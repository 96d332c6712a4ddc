# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(PlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearCombo = QComboBox(PlanDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.topRow.addWidget(self.yearCombo)

        self.quarterCombo = QComboBox(PlanDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.topRow.addWidget(self.quarterCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.suggestButton = QPushButton(PlanDialog)
        self.suggestButton.setObjectName(u"suggestButton")

        self.topRow.addWidget(self.suggestButton)

        self.addButton = QPushButton(PlanDialog)
        self.addButton.setObjectName(u"addButton")

        self.topRow.addWidget(self.addButton)

        self.removeButton = QPushButton(PlanDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.topRow.addWidget(self.removeButton)


        self.dialogLayout.addLayout(self.topRow)

        self.planTable = QTableWidget(PlanDialog)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setTabKeyNavigation(False)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.planTable)

        self.hintLabel = QLabel(PlanDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.exportButton = QPushButton(PlanDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)

        self.signInButton = QPushButton(PlanDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.bottomRow.addWidget(self.signInButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)


        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"\u5b63\u5ea6\u8ba1\u5212", None))
        self.suggestButton.setText(QCoreApplication.translate("PlanDialog", u"\u6309\u89c4\u5b9a\u751f\u6210", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("PlanDialog", u"\u6309\u201c\u4e09\u4f1a\u4e00\u8bfe\u201d\u7b49\u7684\u89c4\u5b9a\u9891\u6b21\uff0c\u5217\u51fa\u672c\u5b63\u5ea6\u5e94\u5f00\u5c55\u7684\u6d3b\u52a8", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("PlanDialog", u"\u6dfb\u52a0\u4e00\u9879", None))
        self.removeButton.setText(QCoreApplication.translate("PlanDialog", u"\u5220\u9664\u6240\u9009", None))
        self.hintLabel.setText(QCoreApplication.translate("PlanDialog", u"\u4e0d\u5c11\u4e61\u9547\u8981\u6c42\u5728\u6bcf\u5b63\u5ea6\u7b2c\u4e00\u4e2a\u67085\u65e5\u524d\u62a5\u9001\u672c\u5b63\u5ea6\u8ba1\u5212\u3002\u4fdd\u5b58\u540e\u53ef\u5bfc\u51fa\u62a5\u5907\u8868\u3002", None))
        self.errorLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("PlanDialog", u"\u4fdd\u5b58\u5e76\u5bfc\u51fa\u62a5\u5907\u8868\u2026", None))
        self.signInButton.setText(QCoreApplication.translate("PlanDialog", u"\u6253\u5370\u7b7e\u5230\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.signInButton.setToolTip(QCoreApplication.translate("PlanDialog", u"\u4e3a\u6240\u9009\u7684\u4e00\u9879\u6d3b\u52a8\u6253\u5370\u7a7a\u767d\u7b7e\u5230\u8868\uff0c\u5217\u51fa\u5e94\u5230\u4f1a\u7684\u515a\u5458", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

