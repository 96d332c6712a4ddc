# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(720, 470)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(MemberDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QGridLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicLayout.setHorizontalSpacing(12)
        self.basicLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.basicLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.sexLabel = QLabel(self.basicTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.basicLayout.addWidget(self.sexLabel, 0, 2, 1, 1)

        self.sexCombo = QComboBox(self.basicTab)
        self.sexCombo.setObjectName(u"sexCombo")

        self.basicLayout.addWidget(self.sexCombo, 0, 3, 1, 1)

        self.idNumberLabel = QLabel(self.basicTab)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.basicLayout.addWidget(self.idNumberLabel, 1, 0, 1, 1)

        self.idNumberEdit = QLineEdit(self.basicTab)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(24)

        self.basicLayout.addWidget(self.idNumberEdit, 1, 1, 1, 1)

        self.ethnicityLabel = QLabel(self.basicTab)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.basicLayout.addWidget(self.ethnicityLabel, 1, 2, 1, 1)

        self.ethnicityCombo = QComboBox(self.basicTab)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)

        self.basicLayout.addWidget(self.ethnicityCombo, 1, 3, 1, 1)

        self.birthDateLabel = QLabel(self.basicTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.basicLayout.addWidget(self.birthDateLabel, 2, 0, 1, 1)

        self.birthDateEdit = DateField(self.basicTab)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setProperty(u"typicalYear", 1970)

        self.basicLayout.addWidget(self.birthDateEdit, 2, 1, 1, 1)

        self.nativePlaceLabel = QLabel(self.basicTab)
        self.nativePlaceLabel.setObjectName(u"nativePlaceLabel")

        self.basicLayout.addWidget(self.nativePlaceLabel, 2, 2, 1, 1)

        self.nativePlaceEdit = QLineEdit(self.basicTab)
        self.nativePlaceEdit.setObjectName(u"nativePlaceEdit")

        self.basicLayout.addWidget(self.nativePlaceEdit, 2, 3, 1, 1)

        self.educationLabel = QLabel(self.basicTab)
        self.educationLabel.setObjectName(u"educationLabel")

        self.basicLayout.addWidget(self.educationLabel, 3, 0, 1, 1)

        self.educationCombo = QComboBox(self.basicTab)
        self.educationCombo.setObjectName(u"educationCombo")
        self.educationCombo.setEditable(True)

        self.basicLayout.addWidget(self.educationCombo, 3, 1, 1, 1)

        self.phoneLabel = QLabel(self.basicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.basicLayout.addWidget(self.phoneLabel, 3, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.basicTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.basicLayout.addWidget(self.phoneEdit, 3, 3, 1, 1)

        self.addressLabel = QLabel(self.basicTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.basicLayout.addWidget(self.addressLabel, 4, 0, 1, 1)

        self.addressEdit = QLineEdit(self.basicTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.basicLayout.addWidget(self.addressEdit, 4, 1, 1, 3)

        self.idHintLabel = QLabel(self.basicTab)
        self.idHintLabel.setObjectName(u"idHintLabel")
        self.idHintLabel.setWordWrap(True)

        self.basicLayout.addWidget(self.idHintLabel, 5, 1, 1, 3)

        self.basicLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicLayout.addItem(self.basicLayoutSpacer, 99, 0, 1, 4)

        self.tabs.addTab(self.basicTab, "")
        self.partyTab = QWidget()
        self.partyTab.setObjectName(u"partyTab")
        self.partyLayout = QGridLayout(self.partyTab)
        self.partyLayout.setObjectName(u"partyLayout")
        self.partyLayout.setHorizontalSpacing(12)
        self.partyLayout.setVerticalSpacing(10)
        self.joinDateLabel = QLabel(self.partyTab)
        self.joinDateLabel.setObjectName(u"joinDateLabel")

        self.partyLayout.addWidget(self.joinDateLabel, 0, 0, 1, 1)

        self.joinDateEdit = DateField(self.partyTab)
        self.joinDateEdit.setObjectName(u"joinDateEdit")
        self.joinDateEdit.setProperty(u"typicalYear", 2000)

        self.partyLayout.addWidget(self.joinDateEdit, 0, 1, 1, 1)

        self.categoryLabel = QLabel(self.partyTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.partyLayout.addWidget(self.categoryLabel, 0, 2, 1, 1)

        self.categoryCombo = QComboBox(self.partyTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.partyLayout.addWidget(self.categoryCombo, 0, 3, 1, 1)

        self.fullDateLabel = QLabel(self.partyTab)
        self.fullDateLabel.setObjectName(u"fullDateLabel")

        self.partyLayout.addWidget(self.fullDateLabel, 1, 0, 1, 1)

        self.fullMemberDateEdit = DateField(self.partyTab)
        self.fullMemberDateEdit.setObjectName(u"fullMemberDateEdit")
        self.fullMemberDateEdit.setProperty(u"typicalYear", 2001)

        self.partyLayout.addWidget(self.fullMemberDateEdit, 1, 1, 1, 1)

        self.groupLabel = QLabel(self.partyTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.partyLayout.addWidget(self.groupLabel, 1, 2, 1, 1)

        self.groupNameCombo = QComboBox(self.partyTab)
        self.groupNameCombo.setObjectName(u"groupNameCombo")

        self.partyLayout.addWidget(self.groupNameCombo, 1, 3, 1, 1)

        self.occupationLabel = QLabel(self.partyTab)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.partyLayout.addWidget(self.occupationLabel, 2, 0, 1, 1)

        self.occupationCombo = QComboBox(self.partyTab)
        self.occupationCombo.setObjectName(u"occupationCombo")
        self.occupationCombo.setEditable(True)

        self.partyLayout.addWidget(self.occupationCombo, 2, 1, 1, 1)

        self.postLabel = QLabel(self.partyTab)
        self.postLabel.setObjectName(u"postLabel")

        self.partyLayout.addWidget(self.postLabel, 2, 2, 1, 1)

        self.partyPostCombo = QComboBox(self.partyTab)
        self.partyPostCombo.setObjectName(u"partyPostCombo")
        self.partyPostCombo.setEditable(True)

        self.partyLayout.addWidget(self.partyPostCombo, 2, 3, 1, 1)

        self.statusLabel = QLabel(self.partyTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.partyLayout.addWidget(self.statusLabel, 3, 0, 1, 1)

        self.statusValue = QLabel(self.partyTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.partyLayout.addWidget(self.statusValue, 3, 1, 1, 1)

        self.mobileLabel = QLabel(self.partyTab)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.partyLayout.addWidget(self.mobileLabel, 3, 2, 1, 1)

        self.mobileValue = QLabel(self.partyTab)
        self.mobileValue.setObjectName(u"mobileValue")
        self.mobileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.partyLayout.addWidget(self.mobileValue, 3, 3, 1, 1)

        self.remarksLabel = QLabel(self.partyTab)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.partyLayout.addWidget(self.remarksLabel, 4, 0, 1, 1)

        self.remarksEdit = QPlainTextEdit(self.partyTab)
        self.remarksEdit.setObjectName(u"remarksEdit")
        self.remarksEdit.setTabChangesFocus(True)
        self.remarksEdit.setMaximumSize(QSize(16777215, 80))

        self.partyLayout.addWidget(self.remarksEdit, 4, 1, 1, 3)

        self.partyLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partyLayout.addItem(self.partyLayoutSpacer, 99, 0, 1, 4)

        self.tabs.addTab(self.partyTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.transferInBox = QGroupBox(self.historyTab)
        self.transferInBox.setObjectName(u"transferInBox")
        self.transferInBox.setCheckable(True)
        self.transferInBox.setChecked(False)
        self.transferInLayout = QFormLayout(self.transferInBox)
        self.transferInLayout.setObjectName(u"transferInLayout")
        self.transferInDateLabel = QLabel(self.transferInBox)
        self.transferInDateLabel.setObjectName(u"transferInDateLabel")

        self.transferInLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transferInDateLabel)

        self.transferInDateEdit = DateField(self.transferInBox)
        self.transferInDateEdit.setObjectName(u"transferInDateEdit")

        self.transferInLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transferInDateEdit)

        self.transferInOrgLabel = QLabel(self.transferInBox)
        self.transferInOrgLabel.setObjectName(u"transferInOrgLabel")

        self.transferInLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.transferInOrgLabel)

        self.transferInOrgEdit = QLineEdit(self.transferInBox)
        self.transferInOrgEdit.setObjectName(u"transferInOrgEdit")

        self.transferInLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.transferInOrgEdit)

        self.transferInLetterLabel = QLabel(self.transferInBox)
        self.transferInLetterLabel.setObjectName(u"transferInLetterLabel")

        self.transferInLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.transferInLetterLabel)

        self.transferInLetterEdit = QLineEdit(self.transferInBox)
        self.transferInLetterEdit.setObjectName(u"transferInLetterEdit")

        self.transferInLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.transferInLetterEdit)


        self.historyLayout.addWidget(self.transferInBox)

        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyButtons.addWidget(self.historyHint)

        self.addMovementButton = QPushButton(self.historyTab)
        self.addMovementButton.setObjectName(u"addMovementButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addMovementButton.sizePolicy().hasHeightForWidth())
        self.addMovementButton.setSizePolicy(sizePolicy)

        self.historyButtons.addWidget(self.addMovementButton)

        self.receiptButton = QPushButton(self.historyTab)
        self.receiptButton.setObjectName(u"receiptButton")
        sizePolicy.setHeightForWidth(self.receiptButton.sizePolicy().hasHeightForWidth())
        self.receiptButton.setSizePolicy(sizePolicy)

        self.historyButtons.addWidget(self.receiptButton)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.findingsLabel = QLabel(MemberDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.findingsLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.nativePlaceLabel.setBuddy(self.nativePlaceEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.joinDateLabel.setBuddy(self.joinDateEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.fullDateLabel.setBuddy(self.fullMemberDateEdit)
        self.groupLabel.setBuddy(self.groupNameCombo)
        self.occupationLabel.setBuddy(self.occupationCombo)
        self.postLabel.setBuddy(self.partyPostCombo)
        self.statusLabel.setBuddy(self.statusValue)
        self.mobileLabel.setBuddy(self.mobileValue)
        self.remarksLabel.setBuddy(self.remarksEdit)
        self.transferInDateLabel.setBuddy(self.transferInDateEdit)
        self.transferInOrgLabel.setBuddy(self.transferInOrgEdit)
        self.transferInLetterLabel.setBuddy(self.transferInLetterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.nativePlaceEdit)
        QWidget.setTabOrder(self.nativePlaceEdit, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.joinDateEdit)
        QWidget.setTabOrder(self.joinDateEdit, self.fullMemberDateEdit)
        QWidget.setTabOrder(self.fullMemberDateEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.groupNameCombo)
        QWidget.setTabOrder(self.groupNameCombo, self.occupationCombo)
        QWidget.setTabOrder(self.occupationCombo, self.partyPostCombo)
        QWidget.setTabOrder(self.partyPostCombo, self.remarksEdit)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u515a\u5458\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d", None))
        self.sexLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6027\u522b", None))
        self.idNumberLabel.setText(QCoreApplication.translate("MemberDialog", u"\u516c\u6c11\u8eab\u4efd\u53f7\u7801", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18\u4f4d\uff0c\u672b\u4f4d\u53ef\u4e3aX", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6c11\u65cf", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.nativePlaceLabel.setText(QCoreApplication.translate("MemberDialog", u"\u7c4d\u8d2f", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5b66\u5386", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.addressLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5bb6\u5ead\u4f4f\u5740", None))
        self.idHintLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("MemberDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.joinDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5165\u515a\u65f6\u95f4", None))
        self.categoryLabel.setText(QCoreApplication.translate("MemberDialog", u"\u4eba\u5458\u7c7b\u522b", None))
        self.fullDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u6b63\u65f6\u95f4", None))
        self.groupLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6240\u5728\u515a\u5c0f\u7ec4", None))
        self.occupationLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5de5\u4f5c\u5c97\u4f4d", None))
        self.postLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5185\u804c\u52a1", None))
        self.statusLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u7c4d\u72b6\u6001", None))
        self.statusValue.setText("")
        self.mobileLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6d41\u52a8\u515a\u5458", None))
        self.mobileValue.setText("")
        self.remarksLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5907\u6ce8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partyTab), QCoreApplication.translate("MemberDialog", u"\u515a\u7c4d\u4fe1\u606f", None))
        self.transferInBox.setTitle(QCoreApplication.translate("MemberDialog", u"\u7531\u5916\u5355\u4f4d\u8f6c\u5165", None))
#if QT_CONFIG(tooltip)
        self.transferInBox.setToolTip(QCoreApplication.translate("MemberDialog", u"\u4ece\u5916\u5355\u4f4d\u8f6c\u6765\u7ec4\u7ec7\u5173\u7cfb\u7684\u515a\u5458\uff1a\u767b\u8bb0\u8f6c\u5165\u7684\u65e5\u671f\u3001\u539f\u6240\u5728\u515a\u7ec4\u7ec7\u548c\u4ecb\u7ecd\u4fe1\u7f16\u53f7\uff0c\u5217\u5165\u8f6c\u5165\u515a\u5458\u767b\u8bb0\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.transferInDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u5165\u65e5\u671f", None))
        self.transferInOrgLabel.setText(QCoreApplication.translate("MemberDialog", u"\u539f\u6240\u5728\u515a\u7ec4\u7ec7", None))
        self.transferInOrgEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u5982 \u4e2d\u5171\u67d0\u9547\u67d0\u6751\u652f\u90e8\u59d4\u5458\u4f1a", None))
        self.transferInLetterLabel.setText(QCoreApplication.translate("MemberDialog", u"\u4ecb\u7ecd\u4fe1\u7f16\u53f7", None))
        self.historyHint.setText(QCoreApplication.translate("MemberDialog", u"\u53d8\u52a8\u8bb0\u5f55\u6309\u65e5\u671f\u4fdd\u5b58\uff0c\u4e0d\u53ef\u5220\u9664\uff1b\u515a\u7c4d\u72b6\u6001\u548c\u6d41\u52a8\u60c5\u51b5\u7531\u53d8\u52a8\u8bb0\u5f55\u5f97\u51fa\u3002", None))
        self.addMovementButton.setText(QCoreApplication.translate("MemberDialog", u"\u767b\u8bb0\u53d8\u52a8\u2026", None))
        self.receiptButton.setText(QCoreApplication.translate("MemberDialog", u"\u767b\u8bb0\u56de\u6267\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("MemberDialog", u"\u9009\u4e2d\u4e00\u6761\u201c\u8f6c\u51fa\u201d\uff0c\u767b\u8bb0\u5176\u4ecb\u7ecd\u4fe1\u56de\u6267\u6536\u56de\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MemberDialog", u"\u53d8\u52a8\u8bb0\u5f55", None))
        self.findingsLabel.setText("")
    # retranslateUi

