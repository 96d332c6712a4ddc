# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_step_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DevelopmentStepDialog(object):
    def setupUi(self, DevelopmentStepDialog):
        if not DevelopmentStepDialog.objectName():
            DevelopmentStepDialog.setObjectName(u"DevelopmentStepDialog")
        DevelopmentStepDialog.resize(700, 440)
        self.dialogLayout = QVBoxLayout(DevelopmentStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLabel = QLabel(DevelopmentStepDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.personLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsLayout = QVBoxLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(6)
        self.stepLabel = QLabel(DevelopmentStepDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepCombo = QComboBox(DevelopmentStepDialog)
        self.stepCombo.setObjectName(u"stepCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stepCombo)

        self.dateLabel = QLabel(DevelopmentStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DevelopmentStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.endLabel = QLabel(DevelopmentStepDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = DateField(DevelopmentStepDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.hoursLabel = QLabel(DevelopmentStepDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(DevelopmentStepDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(999.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.firstPersonLabel = QLabel(DevelopmentStepDialog)
        self.firstPersonLabel.setObjectName(u"firstPersonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstPersonLabel)

        self.firstPersonCombo = QComboBox(DevelopmentStepDialog)
        self.firstPersonCombo.setObjectName(u"firstPersonCombo")
        self.firstPersonCombo.setEditable(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstPersonCombo)

        self.secondPersonLabel = QLabel(DevelopmentStepDialog)
        self.secondPersonLabel.setObjectName(u"secondPersonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secondPersonLabel)

        self.secondPersonCombo = QComboBox(DevelopmentStepDialog)
        self.secondPersonCombo.setObjectName(u"secondPersonCombo")
        self.secondPersonCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.secondPersonCombo)

        self.meetingLabel = QLabel(DevelopmentStepDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(DevelopmentStepDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.voteLabel = QLabel(DevelopmentStepDialog)
        self.voteLabel.setObjectName(u"voteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.voteLabel)

        self.voteLayout = QHBoxLayout()
        self.voteLayout.setObjectName(u"voteLayout")
        self.dueSpin = QSpinBox(DevelopmentStepDialog)
        self.dueSpin.setObjectName(u"dueSpin")
        self.dueSpin.setMaximum(999)

        self.voteLayout.addWidget(self.dueSpin)

        self.presentSpin = QSpinBox(DevelopmentStepDialog)
        self.presentSpin.setObjectName(u"presentSpin")
        self.presentSpin.setMaximum(999)

        self.voteLayout.addWidget(self.presentSpin)

        self.forSpin = QSpinBox(DevelopmentStepDialog)
        self.forSpin.setObjectName(u"forSpin")
        self.forSpin.setMaximum(999)

        self.voteLayout.addWidget(self.forSpin)

        self.againstSpin = QSpinBox(DevelopmentStepDialog)
        self.againstSpin.setObjectName(u"againstSpin")
        self.againstSpin.setMaximum(999)

        self.voteLayout.addWidget(self.againstSpin)

        self.abstainSpin = QSpinBox(DevelopmentStepDialog)
        self.abstainSpin.setObjectName(u"abstainSpin")
        self.abstainSpin.setMaximum(999)

        self.voteLayout.addWidget(self.abstainSpin)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.voteLayout)

        self.publicityLabel = QLabel(DevelopmentStepDialog)
        self.publicityLabel.setObjectName(u"publicityLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.publicityLabel)

        self.publicityLayout = QHBoxLayout()
        self.publicityLayout.setObjectName(u"publicityLayout")
        self.publicityFromEdit = DateField(DevelopmentStepDialog)
        self.publicityFromEdit.setObjectName(u"publicityFromEdit")

        self.publicityLayout.addWidget(self.publicityFromEdit)

        self.publicityToLabel = QLabel(DevelopmentStepDialog)
        self.publicityToLabel.setObjectName(u"publicityToLabel")

        self.publicityLayout.addWidget(self.publicityToLabel)

        self.publicityToEdit = DateField(DevelopmentStepDialog)
        self.publicityToEdit.setObjectName(u"publicityToEdit")

        self.publicityLayout.addWidget(self.publicityToEdit)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.publicityLayout)

        self.conclusionLabel = QLabel(DevelopmentStepDialog)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.conclusionLabel)

        self.conclusionEdit = QLineEdit(DevelopmentStepDialog)
        self.conclusionEdit.setObjectName(u"conclusionEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.conclusionEdit)

        self.notesLabel = QLabel(DevelopmentStepDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(DevelopmentStepDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 48))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.fieldsLayout.addLayout(self.formLayout)

        self.fieldsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)


        self.columnsLayout.addLayout(self.fieldsLayout)

        self.documentsLayout = QVBoxLayout()
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLabel = QLabel(DevelopmentStepDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.documentsLayout.addWidget(self.documentsLabel)

        self.documentsTable = QTableWidget(DevelopmentStepDialog)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setTabKeyNavigation(False)
        self.documentsTable.setMinimumSize(QSize(300, 0))

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentButtonsLayout = QHBoxLayout()
        self.documentButtonsLayout.setObjectName(u"documentButtonsLayout")
        self.addDocumentButton = QPushButton(DevelopmentStepDialog)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentButtonsLayout.addWidget(self.addDocumentButton)

        self.removeDocumentButton = QPushButton(DevelopmentStepDialog)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentButtonsLayout.addWidget(self.removeDocumentButton)

        self.documentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtonsLayout.addItem(self.documentSpacer)


        self.documentsLayout.addLayout(self.documentButtonsLayout)


        self.columnsLayout.addLayout(self.documentsLayout)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.rosterLabel = QLabel(DevelopmentStepDialog)
        self.rosterLabel.setObjectName(u"rosterLabel")
        self.rosterLabel.setWordWrap(True)
        self.rosterLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.rosterLabel)

        self.errorLabel = QLabel(DevelopmentStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stepLabel.setBuddy(self.stepCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.firstPersonLabel.setBuddy(self.firstPersonCombo)
        self.secondPersonLabel.setBuddy(self.secondPersonCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.voteLabel.setBuddy(self.dueSpin)
        self.publicityLabel.setBuddy(self.publicityFromEdit)
        self.publicityToLabel.setBuddy(self.publicityToEdit)
        self.conclusionLabel.setBuddy(self.conclusionEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.documentsLabel.setBuddy(self.documentsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stepCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.firstPersonCombo)
        QWidget.setTabOrder(self.firstPersonCombo, self.secondPersonCombo)
        QWidget.setTabOrder(self.secondPersonCombo, self.meetingCombo)
        QWidget.setTabOrder(self.meetingCombo, self.dueSpin)
        QWidget.setTabOrder(self.dueSpin, self.presentSpin)
        QWidget.setTabOrder(self.presentSpin, self.forSpin)
        QWidget.setTabOrder(self.forSpin, self.againstSpin)
        QWidget.setTabOrder(self.againstSpin, self.abstainSpin)
        QWidget.setTabOrder(self.abstainSpin, self.publicityFromEdit)
        QWidget.setTabOrder(self.publicityFromEdit, self.publicityToEdit)
        QWidget.setTabOrder(self.publicityToEdit, self.conclusionEdit)
        QWidget.setTabOrder(self.conclusionEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.documentsTable)
        QWidget.setTabOrder(self.documentsTable, self.addDocumentButton)
        QWidget.setTabOrder(self.addDocumentButton, self.removeDocumentButton)

        self.retranslateUi(DevelopmentStepDialog)

        QMetaObject.connectSlotsByName(DevelopmentStepDialog)
    # setupUi

    def retranslateUi(self, DevelopmentStepDialog):
        DevelopmentStepDialog.setWindowTitle(QCoreApplication.translate("DevelopmentStepDialog", u"\u767b\u8bb0\u53d1\u5c55\u515a\u5458\u6b65\u9aa4", None))
        self.personLabel.setText("")
        self.stepLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u6b65\u9aa4", None))
        self.dateLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u65e5\u671f", None))
        self.endLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u675f\u65e5\u671f", None))
        self.hoursLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5b66\u65f6", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("DevelopmentStepDialog", u"\u672a\u586b", None))
        self.firstPersonLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u57f9\u517b\u8054\u7cfb\u4eba", None))
        self.secondPersonLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7b2c\u4e8c\u4eba", None))
        self.meetingLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.voteLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u8868\u51b3", None))
        self.dueSpin.setPrefix(QCoreApplication.translate("DevelopmentStepDialog", u"\u5e94\u5230", None))
        self.presentSpin.setPrefix(QCoreApplication.translate("DevelopmentStepDialog", u"\u5b9e\u5230", None))
        self.forSpin.setPrefix(QCoreApplication.translate("DevelopmentStepDialog", u"\u540c\u610f", None))
        self.againstSpin.setPrefix(QCoreApplication.translate("DevelopmentStepDialog", u"\u53cd\u5bf9", None))
        self.abstainSpin.setPrefix(QCoreApplication.translate("DevelopmentStepDialog", u"\u5f03\u6743", None))
        self.publicityLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u516c\u793a", None))
        self.publicityToLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u81f3", None))
        self.conclusionLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u7ed3\u8bba", None))
        self.conclusionEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5982\u653f\u5ba1\u7ed3\u8bba\uff1a\u653f\u6cbb\u5ba1\u67e5\u5408\u683c", None))
        self.notesLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5907\u6ce8", None))
        self.documentsLabel.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u6750\u6599\uff08\u5df2\u5f52\u6863\u7684\u6253\u52fe\uff09", None))
        self.addDocumentButton.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u6dfb\u52a0\u6750\u6599", None))
        self.removeDocumentButton.setText(QCoreApplication.translate("DevelopmentStepDialog", u"\u5220\u9664\u6240\u9009\u6750\u6599", None))
        self.rosterLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

