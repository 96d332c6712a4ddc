# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_round_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ElectionRoundDialog(object):
    def setupUi(self, ElectionRoundDialog):
        if not ElectionRoundDialog.objectName():
            ElectionRoundDialog.setObjectName(u"ElectionRoundDialog")
        ElectionRoundDialog.resize(760, 600)
        self.dialogLayout = QVBoxLayout(ElectionRoundDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ElectionRoundDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.figuresLayout = QHBoxLayout()
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.meetingLayout = QFormLayout()
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLabel = QLabel(ElectionRoundDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.meetingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ElectionRoundDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.meetingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.dueLabel = QLabel(ElectionRoundDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.meetingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueSpin = QSpinBox(ElectionRoundDialog)
        self.dueSpin.setObjectName(u"dueSpin")
        self.dueSpin.setMinimum(0)
        self.dueSpin.setMaximum(9999)

        self.meetingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueSpin)

        self.presentLabel = QLabel(ElectionRoundDialog)
        self.presentLabel.setObjectName(u"presentLabel")

        self.meetingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.presentLabel)

        self.presentSpin = QSpinBox(ElectionRoundDialog)
        self.presentSpin.setObjectName(u"presentSpin")
        self.presentSpin.setMinimum(0)
        self.presentSpin.setMaximum(9999)

        self.meetingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.presentSpin)

        self.issuedLabel = QLabel(ElectionRoundDialog)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.meetingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issuedSpin = QSpinBox(ElectionRoundDialog)
        self.issuedSpin.setObjectName(u"issuedSpin")
        self.issuedSpin.setMinimum(0)
        self.issuedSpin.setMaximum(9999)

        self.meetingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuedSpin)


        self.figuresLayout.addLayout(self.meetingLayout)

        self.ballotLayout = QFormLayout()
        self.ballotLayout.setObjectName(u"ballotLayout")
        self.returnedLabel = QLabel(ElectionRoundDialog)
        self.returnedLabel.setObjectName(u"returnedLabel")

        self.ballotLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.returnedLabel)

        self.returnedSpin = QSpinBox(ElectionRoundDialog)
        self.returnedSpin.setObjectName(u"returnedSpin")
        self.returnedSpin.setMinimum(0)
        self.returnedSpin.setMaximum(9999)

        self.ballotLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.returnedSpin)

        self.validLabel = QLabel(ElectionRoundDialog)
        self.validLabel.setObjectName(u"validLabel")

        self.ballotLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.validLabel)

        self.validSpin = QSpinBox(ElectionRoundDialog)
        self.validSpin.setObjectName(u"validSpin")
        self.validSpin.setMinimum(0)
        self.validSpin.setMaximum(9999)

        self.ballotLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validSpin)

        self.voidLabel = QLabel(ElectionRoundDialog)
        self.voidLabel.setObjectName(u"voidLabel")

        self.ballotLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.voidLabel)

        self.voidSpin = QSpinBox(ElectionRoundDialog)
        self.voidSpin.setObjectName(u"voidSpin")
        self.voidSpin.setMinimum(0)
        self.voidSpin.setMaximum(9999)

        self.ballotLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.voidSpin)


        self.figuresLayout.addLayout(self.ballotLayout)


        self.dialogLayout.addLayout(self.figuresLayout)

        self.votesTitle = QLabel(ElectionRoundDialog)
        self.votesTitle.setObjectName(u"votesTitle")
        self.votesTitle.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.votesTitle)

        self.votesBox = QWidget(ElectionRoundDialog)
        self.votesBox.setObjectName(u"votesBox")
        self.votesLayout = QGridLayout(self.votesBox)
        self.votesLayout.setObjectName(u"votesLayout")
        self.votesLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.votesBox)

        self.checkLabel = QLabel(ElectionRoundDialog)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setTextFormat(Qt.TextFormat.RichText)
        self.checkLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.checkLabel)

        self.errorLabel = QLabel(ElectionRoundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ElectionRoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.dueLabel.setBuddy(self.dueSpin)
        self.presentLabel.setBuddy(self.presentSpin)
        self.issuedLabel.setBuddy(self.issuedSpin)
        self.returnedLabel.setBuddy(self.returnedSpin)
        self.validLabel.setBuddy(self.validSpin)
        self.voidLabel.setBuddy(self.voidSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ElectionRoundDialog)

        QMetaObject.connectSlotsByName(ElectionRoundDialog)
    # setupUi

    def retranslateUi(self, ElectionRoundDialog):
        ElectionRoundDialog.setWindowTitle(QCoreApplication.translate("ElectionRoundDialog", u"\u9009\u4e3e\u7ed3\u679c", None))
        self.introLabel.setText("")
        self.meetingLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u652f\u90e8\u515a\u5458\u5927\u4f1a", None))
        self.dueLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u5e94\u5230\uff08\u6709\u9009\u4e3e\u6743\uff09", None))
        self.presentLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u5b9e\u5230\uff08\u6709\u9009\u4e3e\u6743\uff09", None))
        self.issuedLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u53d1\u51fa\u9009\u7968", None))
        self.returnedLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u6536\u56de\u9009\u7968", None))
        self.validLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u6709\u6548\u7968", None))
        self.voidLabel.setText(QCoreApplication.translate("ElectionRoundDialog", u"\u65e0\u6548\u7968", None))
        self.votesTitle.setText(QCoreApplication.translate("ElectionRoundDialog", u"<b>\u5404\u5019\u9009\u4eba\u5f97\u7968\uff08\u8d5e\u6210\u7968\uff09</b>", None))
        self.checkLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

