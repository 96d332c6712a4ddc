# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'branch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_BranchDialog(object):
    def setupUi(self, BranchDialog):
        if not BranchDialog.objectName():
            BranchDialog.setObjectName(u"BranchDialog")
        BranchDialog.resize(620, 580)
        self.dialogLayout = QVBoxLayout(BranchDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BranchDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.nameLabel = QLabel(BranchDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BranchDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.parentOrgLabel = QLabel(BranchDialog)
        self.parentOrgLabel.setObjectName(u"parentOrgLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentOrgLabel)

        self.parentOrgEdit = QLineEdit(BranchDialog)
        self.parentOrgEdit.setObjectName(u"parentOrgEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentOrgEdit)

        self.secretaryLabel = QLabel(BranchDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryEdit = QLineEdit(BranchDialog)
        self.secretaryEdit.setObjectName(u"secretaryEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secretaryEdit)

        self.termStartLabel = QLabel(BranchDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = DateField(BranchDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termEndLabel = QLabel(BranchDialog)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.termEndLabel)

        self.termEndEdit = DateField(BranchDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.termEndEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.committeeBox = QGroupBox(BranchDialog)
        self.committeeBox.setObjectName(u"committeeBox")
        self.committeeLayout = QVBoxLayout(self.committeeBox)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.committeeTable = QTableWidget(self.committeeBox)
        self.committeeTable.setObjectName(u"committeeTable")
        self.committeeTable.setTabKeyNavigation(False)
        self.committeeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.committeeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.committeeLayout.addWidget(self.committeeTable)

        self.committeeButtons = QHBoxLayout()
        self.committeeButtons.setObjectName(u"committeeButtons")
        self.committeeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.committeeButtons.addItem(self.committeeSpacer)

        self.addSeatButton = QPushButton(self.committeeBox)
        self.addSeatButton.setObjectName(u"addSeatButton")

        self.committeeButtons.addWidget(self.addSeatButton)

        self.removeSeatButton = QPushButton(self.committeeBox)
        self.removeSeatButton.setObjectName(u"removeSeatButton")

        self.committeeButtons.addWidget(self.removeSeatButton)


        self.committeeLayout.addLayout(self.committeeButtons)


        self.dialogLayout.addWidget(self.committeeBox)

        self.errorLabel = QLabel(BranchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BranchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.parentOrgLabel.setBuddy(self.parentOrgEdit)
        self.secretaryLabel.setBuddy(self.secretaryEdit)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BranchDialog)

        QMetaObject.connectSlotsByName(BranchDialog)
    # setupUi

    def retranslateUi(self, BranchDialog):
        BranchDialog.setWindowTitle(QCoreApplication.translate("BranchDialog", u"\u652f\u90e8\u57fa\u672c\u4fe1\u606f", None))
        self.introLabel.setText(QCoreApplication.translate("BranchDialog", u"\u8bf7\u586b\u5199\u672c\u515a\u652f\u90e8\u7684\u57fa\u672c\u4fe1\u606f\uff0c\u4ee5\u540e\u53ef\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("BranchDialog", u"\u652f\u90e8\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BranchDialog", u"\u5982 \u4e2d\u5171\u524d\u6eaa\u6751\u652f\u90e8\u59d4\u5458\u4f1a", None))
        self.parentOrgLabel.setText(QCoreApplication.translate("BranchDialog", u"\u6240\u5c5e\u4e0a\u7ea7\u515a\u7ec4\u7ec7", None))
        self.parentOrgEdit.setPlaceholderText(QCoreApplication.translate("BranchDialog", u"\u5982 \u4e2d\u5171\u6d66\u9633\u9547\u59d4\u5458\u4f1a", None))
        self.secretaryLabel.setText(QCoreApplication.translate("BranchDialog", u"\u652f\u90e8\u4e66\u8bb0", None))
        self.termStartLabel.setText(QCoreApplication.translate("BranchDialog", u"\u672c\u5c4a\u4efb\u671f\u5f00\u59cb", None))
        self.termEndLabel.setText(QCoreApplication.translate("BranchDialog", u"\u4efb\u671f\u5c4a\u6ee1", None))
        self.committeeBox.setTitle(QCoreApplication.translate("BranchDialog", u"\u652f\u90e8\u59d4\u5458\u4f1a\u5176\u4ed6\u59d4\u5458\uff08\u6b63\u5f0f\u515a\u5458\u4e0d\u8db37\u4eba\u7684\u652f\u90e8\u53ea\u8bbe\u4e66\u8bb0\uff0c\u53ef\u4e0d\u586b\uff09", None))
        self.addSeatButton.setText(QCoreApplication.translate("BranchDialog", u"\u6dfb\u52a0\u59d4\u5458", None))
        self.removeSeatButton.setText(QCoreApplication.translate("BranchDialog", u"\u79fb\u9664\u6240\u9009", None))
        self.errorLabel.setText("")
    # retranslateUi

