# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_person_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DevelopmentPersonDialog(object):
    def setupUi(self, DevelopmentPersonDialog):
        if not DevelopmentPersonDialog.objectName():
            DevelopmentPersonDialog.setObjectName(u"DevelopmentPersonDialog")
        DevelopmentPersonDialog.resize(520, 520)
        self.dialogLayout = QVBoxLayout(DevelopmentPersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(DevelopmentPersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DevelopmentPersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idLabel = QLabel(DevelopmentPersonDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(DevelopmentPersonDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(18)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.sexLabel = QLabel(DevelopmentPersonDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(DevelopmentPersonDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthLabel = QLabel(DevelopmentPersonDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = DateField(DevelopmentPersonDialog)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setProperty(u"typicalYear", 1995)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.ethnicityLabel = QLabel(DevelopmentPersonDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityEdit = QLineEdit(DevelopmentPersonDialog)
        self.ethnicityEdit.setObjectName(u"ethnicityEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicityEdit)

        self.educationLabel = QLabel(DevelopmentPersonDialog)
        self.educationLabel.setObjectName(u"educationLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(DevelopmentPersonDialog)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.occupationLabel = QLabel(DevelopmentPersonDialog)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationEdit = QLineEdit(DevelopmentPersonDialog)
        self.occupationEdit.setObjectName(u"occupationEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.occupationEdit)

        self.phoneLabel = QLabel(DevelopmentPersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(DevelopmentPersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(DevelopmentPersonDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(DevelopmentPersonDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.appliedLabel = QLabel(DevelopmentPersonDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedEdit = DateField(DevelopmentPersonDialog)
        self.appliedEdit.setObjectName(u"appliedEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.appliedEdit)

        self.notesLabel = QLabel(DevelopmentPersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(DevelopmentPersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DevelopmentPersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DevelopmentPersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthLabel.setBuddy(self.birthEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.occupationLabel.setBuddy(self.occupationEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.appliedLabel.setBuddy(self.appliedEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.ethnicityEdit)
        QWidget.setTabOrder(self.ethnicityEdit, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.occupationEdit)
        QWidget.setTabOrder(self.occupationEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.appliedEdit)
        QWidget.setTabOrder(self.appliedEdit, self.notesEdit)

        self.retranslateUi(DevelopmentPersonDialog)

        QMetaObject.connectSlotsByName(DevelopmentPersonDialog)
    # setupUi

    def retranslateUi(self, DevelopmentPersonDialog):
        DevelopmentPersonDialog.setWindowTitle(QCoreApplication.translate("DevelopmentPersonDialog", u"\u65b0\u589e\u5165\u515a\u7533\u8bf7\u4eba", None))
        self.nameLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u59d3\u540d", None))
        self.idLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u8eab\u4efd\u53f7\u7801", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentPersonDialog", u"18\u4f4d\u516c\u6c11\u8eab\u4efd\u53f7\u7801\uff0c\u586b\u540e\u53ef\u4e0d\u586b\u6027\u522b\u548c\u51fa\u751f\u65e5\u671f", None))
        self.sexLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u6027\u522b", None))
        self.birthLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u6c11\u65cf", None))
        self.ethnicityEdit.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u6c49\u65cf", None))
        self.educationLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u5b66\u5386", None))
        self.occupationLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u804c\u4e1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.addressLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u5bb6\u5ead\u4f4f\u5740", None))
        self.appliedLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u9012\u4ea4\u5165\u515a\u7533\u8bf7\u4e66", None))
#if QT_CONFIG(tooltip)
        self.appliedEdit.setToolTip(QCoreApplication.translate("DevelopmentPersonDialog", u"\u586b\u5199\u540e\u540c\u65f6\u767b\u8bb0\u2460\u9012\u4ea4\u5165\u515a\u7533\u8bf7\u4e66\uff1b\u53ef\u4ee5\u4ee5\u540e\u518d\u767b\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("DevelopmentPersonDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
    # retranslateUi

