# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_standard_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DuesStandardDialog(object):
    def setupUi(self, DuesStandardDialog):
        if not DuesStandardDialog.objectName():
            DuesStandardDialog.setObjectName(u"DuesStandardDialog")
        DuesStandardDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(DuesStandardDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.membersLabel = QLabel(DuesStandardDialog)
        self.membersLabel.setObjectName(u"membersLabel")
        self.membersLabel.setWordWrap(True)
        self.membersLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.membersLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(DuesStandardDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesStandardDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.categoryLabel = QLabel(DuesStandardDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(DuesStandardDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.baseLabel = QLabel(DuesStandardDialog)
        self.baseLabel.setObjectName(u"baseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseEdit = QLineEdit(DuesStandardDialog)
        self.baseEdit.setObjectName(u"baseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.baseEdit)

        self.amountLabel = QLabel(DuesStandardDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DuesStandardDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.decidedLabel = QLabel(DuesStandardDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = DateField(DuesStandardDialog)
        self.decidedEdit.setObjectName(u"decidedEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.approvalLabel = QLabel(DuesStandardDialog)
        self.approvalLabel.setObjectName(u"approvalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approvalLabel)

        self.approvalEdit = QLineEdit(DuesStandardDialog)
        self.approvalEdit.setObjectName(u"approvalEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approvalEdit)

        self.monthLabel = QLabel(DuesStandardDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(DuesStandardDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.noteLabel = QLabel(DuesStandardDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesStandardDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(DuesStandardDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.ruleLabel = QLabel(DuesStandardDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(DuesStandardDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesStandardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.baseLabel.setBuddy(self.baseEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.decidedLabel.setBuddy(self.decidedEdit)
        self.approvalLabel.setBuddy(self.approvalEdit)
        self.monthLabel.setBuddy(self.monthCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesStandardDialog)

        QMetaObject.connectSlotsByName(DuesStandardDialog)
    # setupUi

    def retranslateUi(self, DuesStandardDialog):
        DuesStandardDialog.setWindowTitle(QCoreApplication.translate("DuesStandardDialog", u"\u6838\u5b9a\u515a\u8d39\u6807\u51c6", None))
        self.membersLabel.setText("")
        self.memberLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u515a\u5458", None))
        self.categoryLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u7c7b\u522b", None))
        self.baseLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u8ba1\u7b97\u57fa\u6570", None))
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("DuesStandardDialog", u"\u5143\uff0c\u5982 4200", None))
        self.amountLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u51cf\u514d\u540e\u6bcf\u6708\u91d1\u989d", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("DuesStandardDialog", u"\u5143\uff0c\u514d\u4ea4\u586b 0", None))
        self.decidedLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u652f\u90e8\u7814\u7a76\u65e5\u671f", None))
        self.approvalLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u4e0a\u7ea7\u6279\u51c6", None))
        self.approvalEdit.setPlaceholderText(QCoreApplication.translate("DuesStandardDialog", u"\u4e0a\u7ea7\u515a\u59d4\u6279\u51c6\u6587\u53f7\u6216\u6279\u590d\u65e5\u671f", None))
        self.monthLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u6267\u884c\u6708\u4efd", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesStandardDialog", u"\u5907\u6ce8", None))
        self.summaryLabel.setText("")
        self.ruleLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

