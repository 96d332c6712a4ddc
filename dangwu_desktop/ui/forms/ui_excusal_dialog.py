# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excusal_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ExcusalDialog(object):
    def setupUi(self, ExcusalDialog):
        if not ExcusalDialog.objectName():
            ExcusalDialog.setObjectName(u"ExcusalDialog")
        ExcusalDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(ExcusalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberLabel = QLabel(ExcusalDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.decisionsTable = QTableWidget(ExcusalDialog)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setTabKeyNavigation(False)
        self.decisionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsTable.setMaximumSize(QSize(16777215, 120))

        self.dialogLayout.addWidget(self.decisionsTable)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.endLabel = QLabel(ExcusalDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.endLayout.addWidget(self.endLabel)

        self.endEdit = DateField(ExcusalDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.endLayout.addWidget(self.endEdit)

        self.endButton = QPushButton(ExcusalDialog)
        self.endButton.setObjectName(u"endButton")

        self.endLayout.addWidget(self.endButton)

        self.endSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endLayout.addItem(self.endSpacer)


        self.dialogLayout.addLayout(self.endLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.reasonLabel = QLabel(ExcusalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(ExcusalDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.startLabel = QLabel(ExcusalDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateField(ExcusalDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.decidedLabel = QLabel(ExcusalDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = DateField(ExcusalDialog)
        self.decidedEdit.setObjectName(u"decidedEdit")
        self.decidedEdit.setProperty(u"required", True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.decidedByLabel = QLabel(ExcusalDialog)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByEdit = QLineEdit(ExcusalDialog)
        self.decidedByEdit.setObjectName(u"decidedByEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decidedByEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.ruleLabel = QLabel(ExcusalDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(ExcusalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExcusalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endLabel.setBuddy(self.endEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.decidedByLabel.setBuddy(self.decidedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExcusalDialog)

        QMetaObject.connectSlotsByName(ExcusalDialog)
    # setupUi

    def retranslateUi(self, ExcusalDialog):
        ExcusalDialog.setWindowTitle(QCoreApplication.translate("ExcusalDialog", u"\u515a\u5458\u5927\u4f1a\u4e0d\u8ba1\u5e94\u5230\u4eba\u6570", None))
        self.memberLabel.setText("")
        self.endLabel.setText(QCoreApplication.translate("ExcusalDialog", u"\u6240\u9009\u51b3\u5b9a\u622a\u6b62\u4e8e", None))
        self.endButton.setText(QCoreApplication.translate("ExcusalDialog", u"\u7ed3\u675f\u6240\u9009\u51b3\u5b9a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExcusalDialog", u"\u60c5\u5f62", None))
        self.startLabel.setText(QCoreApplication.translate("ExcusalDialog", u"\u81ea\u4f55\u65e5\u8d77", None))
        self.decidedLabel.setText(QCoreApplication.translate("ExcusalDialog", u"\u51b3\u5b9a\u65e5\u671f", None))
        self.decidedByLabel.setText(QCoreApplication.translate("ExcusalDialog", u"\u51b3\u5b9a\u673a\u6784", None))
        self.decidedByEdit.setText(QCoreApplication.translate("ExcusalDialog", u"\u652f\u90e8\u515a\u5458\u5927\u4f1a", None))
        self.ruleLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

