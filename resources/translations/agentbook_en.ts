<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>口令（每次打开时输入；忘记口令就无法打开档案）</source>
        <translation>A passphrase (typed at each start; without it the archive cannot be opened)</translation>
    </message>
    <message>
        <source>系统密钥环（{0}），条目“agentbook”</source>
        <translation>The system keyring ({0}), entry “agentbook”</translation>
    </message>
    <message>
        <source>安装版：{0}</source>
        <translation>Installed: {0}</translation>
    </message>
    <message>
        <source>源代码运行：{0}</source>
        <translation>Running from source: {0}</translation>
    </message>
    <message>
        <source>关于 agentbook</source>
        <translation>About agentbook</translation>
    </message>
    <message>
        <source>离线、加密的保险客户档案</source>
        <translation>Offline, encrypted customer archives for insurance agents</translation>
    </message>
    <message>
        <source>本机信息</source>
        <translation>This copy</translation>
    </message>
    <message>
        <source>开源许可</source>
        <translation>Open-source licences</translation>
    </message>
    <message>
        <source>复制信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <source>程序位置</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>结构版本</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>加密密钥</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>档案只保存在这台电脑上，并已加密。没有密钥（系统密钥环或恢复密钥）就无法打开，请妥善保管恢复密钥并定期备份。</source>
        <translation>The archive is kept on this computer only, encrypted. Without its key (in the system keyring, or the recovery key) it cannot be opened: keep the recovery key safe and make backups regularly.</translation>
    </message>
    <message>
        <source>组件</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt 与 PySide6 依照 LGPLv3 使用：它们作为独立的动态库随程序提供，可以替换为自行编译的版本；源代码见 download.qt.io。各组件的许可证全文随程序放在 *.dist-info 文件夹中。</source>
        <translation>Qt and PySide6 are used under the LGPLv3: they ship as separate shared libraries, which you may replace with your own builds; the source code is at download.qt.io. The full licence text of each component ships with the program in its *.dist-info folder.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>客户档案表</source>
        <translation>Customer archive sheets</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>理赔</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>理赔编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>出险日期</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>报案日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>出险原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>申请金额（元）</source>
        <translation>Amount claimed (CNY)</translation>
    </message>
    <message>
        <source>理赔状态</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <source>实赔金额（元）</source>
        <translation>Amount paid (CNY)</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>理赔材料清单（勾选已收到）</source>
        <translation>Claim documents (tick when received)</translation>
    </message>
    <message>
        <source>其他材料名称</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>编辑理赔 – {0}</source>
        <translation>Edit claim – {0}</translation>
    </message>
    <message>
        <source>新建理赔</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>请从列表中选择保单</source>
        <translation>Choose the policy from the list</translation>
    </message>
    <message>
        <source>请从列表中选择申请人</source>
        <translation>Choose the claimant from the list</translation>
    </message>
    <message>
        <source>请填写申请金额</source>
        <translation>Enter the amount claimed</translation>
    </message>
</context>
<context>
    <name>ClaimTab</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>报案日期</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>保单号，或申请人姓名、拼音、手机尾号</source>
        <translation>Policy no., or claimant name, pinyin, mobile tail</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>沟通记录</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>沟通时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>沟通方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>沟通目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>编辑沟通记录</source>
        <translation>Edit contact entry</translation>
    </message>
    <message>
        <source>新增沟通记录</source>
        <translation>New contact entry</translation>
    </message>
    <message>
        <source>请从列表中选择客户</source>
        <translation>Choose the customer from the list</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>客户姓名、拼音、手机尾号</source>
        <translation>Customer name, pinyin, mobile tail</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <source>显示敏感信息</source>
        <translation>Show sensitive data</translation>
    </message>
    <message>
        <source>编辑资料</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>新增保单</source>
        <translation>New policy</translation>
    </message>
    <message>
        <source>新增缴费</source>
        <translation>New payment</translation>
    </message>
    <message>
        <source>新增理赔</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>新增沟通记录</source>
        <translation>New contact entry</translation>
    </message>
    <message>
        <source>新增关系</source>
        <translation>New relationship</translation>
    </message>
    <message>
        <source>打印档案表</source>
        <translation>Print archive sheet</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>家庭与关系</source>
        <translation>Family and relationships</translation>
    </message>
    <message>
        <source>投保人</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>被保险人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>受益人</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>客户档案 – {0}</source>
        <translation>Customer archive – {0}</translation>
    </message>
    <message numerus="yes">
        <source>保单 (%n)</source>
        <translation>
            <numerusform>Policies (%n)</numerusform>
            <numerusform>Policies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>缴费 (%n)</source>
        <translation>
            <numerusform>Payments (%n)</numerusform>
            <numerusform>Payments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · 逾期 %n</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>理赔 (%n)</source>
        <translation>
            <numerusform>Claims (%n)</numerusform>
            <numerusform>Claims (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · 处理中 %n</source>
        <translation>
            <numerusform> · %n in progress</numerusform>
            <numerusform> · %n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>沟通记录 (%n)</source>
        <translation>
            <numerusform>Contact log (%n)</numerusform>
            <numerusform>Contact log (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>风险{0}</source>
        <translation>Risk: {0}</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>固定电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>年收入</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>保障偏好</source>
        <translation>Cover preference</translation>
    </message>
    <message>
        <source>风险承受</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <source>财务状况</source>
        <translation>Financial notes</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>知情同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>{0} 同意：{1}</source>
        <translation>Consented {0}: {1}</translation>
    </message>
    <message>
        <source>（含敏感信息单独同意）</source>
        <translation> (separate consent for sensitive data)</translation>
    </message>
    <message>
        <source>隐藏敏感信息</source>
        <translation>Hide sensitive data</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>客户资料</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>客户状态</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>固定电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>职业与财务</source>
        <translation>Work and finances</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>年收入（元）</source>
        <translation>Annual income (CNY)</translation>
    </message>
    <message>
        <source>财务状况</source>
        <translation>Financial notes</translation>
    </message>
    <message>
        <source>需求与偏好</source>
        <translation>Needs and preferences</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>客户价值</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <source>保障偏好</source>
        <translation>Cover preference</translation>
    </message>
    <message>
        <source>风险承受能力</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>保险需求</source>
        <translation>Insurance needs</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>标签（用逗号或顿号分隔）</source>
        <translation>Tags (comma separated)</translation>
    </message>
    <message>
        <source>同意与备注</source>
        <translation>Consent and remarks</translation>
    </message>
    <message>
        <source>知情同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>同意范围</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <source>敏感信息单独同意</source>
        <translation>Separate consent for sensitive data</translation>
    </message>
    <message>
        <source>保管期限至</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>保存时自动生成</source>
        <translation>Assigned when saved</translation>
    </message>
    <message>
        <source>18 位身份证号会自动填写出生日期和性别</source>
        <translation>An 18-digit ID number fills in date of birth and gender</translation>
    </message>
    <message>
        <source>编辑客户 – {0}</source>
        <translation>Edit customer – {0}</translation>
    </message>
    <message>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message numerus="yes">
        <source>打印档案表（%n 位客户）…</source>
        <translation>
            <numerusform>Print archive sheet (%n customer)…</numerusform>
            <numerusform>Print archive sheets (%n customers)…</numerusform>
        </translation>
    </message>
    <message>
        <source>姓名、拼音首字母（zs）、手机或证件尾号、档案编号、保单号</source>
        <translation>Name, pinyin initials (zs), mobile or ID tail, archive no., policy no.</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>敏感信息</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <source>是否导出完整的证件号码、手机号和健康/财务信息？
选“否”则这些列以掩码导出。导出会记入操作日志。</source>
        <translation>Export full ID numbers, mobiles and health/financial notes?
Choose “No” to export these columns masked. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>agentbook 首次设置</source>
        <translation>Setting up agentbook</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>开始使用(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>欢迎使用 agentbook</source>
        <translation>Welcome to agentbook</translation>
    </message>
    <message>
        <source>离线、加密的保险客户档案。几步设置之后即可开始使用。</source>
        <translation>Offline, encrypted customer archives for insurance agents. A few steps and you are ready.</translation>
    </message>
    <message>
        <source>agentbook 把客户、保单、缴费、理赔和沟通记录保存在这台电脑上的一个加密档案文件里，不需要联网，也不会把数据发送到任何地方。&lt;br&gt;&lt;br&gt;接下来将设置：界面语言、机构和经办人、档案保存位置、加密密钥，以及是否先载入演示数据。</source>
        <translation>agentbook keeps customers, policies, payments, claims and the contact log in one encrypted archive file on this computer. It needs no internet connection and sends your data nowhere.&lt;br&gt;&lt;br&gt;Next you choose: the language, your agency and your name, where the archive lives, its encryption key, and whether to start with demo data.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>机构和经办人</source>
        <translation>Agency and agent</translation>
    </message>
    <message>
        <source>以后可以在“工具 → 设置”中修改。</source>
        <translation>You can change these later under Tools → Settings.</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>例如：某某保险代理有限公司</source>
        <translation>e.g. Example Insurance Agency Ltd.</translation>
    </message>
    <message>
        <source>打印在每一张客户档案表的页眉上。</source>
        <translation>Printed in the header of every customer archive sheet.</translation>
    </message>
    <message>
        <source>写入操作日志，记录每一项新增、修改、打印和导出是谁做的；留空则使用电脑登录名。</source>
        <translation>Written to the audit log with every change, print and export; when left empty, the computer's login name is used.</translation>
    </message>
    <message>
        <source>请填写档案文件的位置。</source>
        <translation>Please enter where the archive file goes.</translation>
    </message>
    <message>
        <source>这是一个文件夹；请在后面加上文件名，例如 agentbook.db。</source>
        <translation>This is a folder; add a file name, e.g. agentbook.db.</translation>
    </message>
    <message>
        <source>找不到这个位置。</source>
        <translation>This location does not exist.</translation>
    </message>
    <message>
        <source>档案文件</source>
        <translation>Archive file</translation>
    </message>
    <message>
        <source>agentbook 档案 (*.db)</source>
        <translation>agentbook archives (*.db)</translation>
    </message>
    <message>
        <source>这里已经有一个档案文件：向导结束后将打开它，不会新建或覆盖。</source>
        <translation>An archive file is already here: it will be opened when you finish, not replaced.</translation>
    </message>
    <message>
        <source>将在这里新建加密档案。</source>
        <translation>A new encrypted archive will be created here.</translation>
    </message>
    <message>
        <source>档案保存在哪里</source>
        <translation>Where the archive lives</translation>
    </message>
    <message>
        <source>整个档案是一个加密文件。</source>
        <translation>The whole archive is one encrypted file.</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>默认放在本机的用户数据文件夹里。请放在这台电脑自己的磁盘上，不要放进网盘同步文件夹：程序打开档案时会独占它。备份另行设置，可以放到移动硬盘。</source>
        <translation>By default it goes into your data folder on this computer. Keep it on this computer's own disk, not in a cloud-synced folder: agentbook holds the file exclusively while it is open. Backups are set up separately and can go to an external drive.</translation>
    </message>
    <message>
        <source>口令至少 {0} 个字符。</source>
        <translation>The passphrase needs at least {0} characters.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>设置档案口令</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>这台电脑没有系统密钥环。</source>
        <translation>This computer has no system keyring.</translation>
    </message>
    <message>
        <source>档案将用口令加密，每次打开都要输入。口令不会保存在任何地方：&lt;b&gt;忘记口令，档案就永远无法打开&lt;/b&gt;，请把它记在安全的地方。</source>
        <translation>The archive will be encrypted with a passphrase you type each time you open it. It is stored nowhere: &lt;b&gt;forget it and the archive can never be opened again&lt;/b&gt;, so keep it somewhere safe.</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>从哪里开始</source>
        <translation>Where to start</translation>
    </message>
    <message>
        <source>点击“创建档案”后，加密档案文件就会生成。</source>
        <translation>“Create archive” makes the encrypted archive file.</translation>
    </message>
    <message>
        <source>创建档案(&amp;C)</source>
        <translation>&amp;Create archive</translation>
    </message>
    <message>
        <source>空白档案（正式使用）</source>
        <translation>An empty archive (for real work)</translation>
    </message>
    <message>
        <source>演示档案（先熟悉一下）</source>
        <translation>A demo archive (to look around first)</translation>
    </message>
    <message>
        <source>从零开始录入自己的客户，或导入原来的 Excel 表格。</source>
        <translation>Enter your own customers from scratch, or import your old Excel sheet.</translation>
    </message>
    <message>
        <source>载入 200 位虚构客户及其保单、缴费、理赔和沟通记录。演示数据不要与真实客户混用。</source>
        <translation>Loads 200 made-up customers with their policies, payments, claims and contact log. Do not mix demo data with real customers.</translation>
    </message>
    <message>
        <source>档案会被加密。没有它的密钥，任何人（包括您自己）都无法读取其中的数据。</source>
        <translation>The archive will be encrypted. Without its key nobody — you included — can read what is in it.</translation>
    </message>
    <message>
        <source>加密密钥保存在哪里</source>
        <translation>Where the key is kept</translation>
    </message>
    <message>
        <source>请读完再继续。</source>
        <translation>Please read this before you go on.</translation>
    </message>
    <message>
        <source>档案用您刚才设置的口令加密。口令只在您的记忆里，程序不保存它。</source>
        <translation>The archive is encrypted with the passphrase you just chose. Only you know it; agentbook does not store it.</translation>
    </message>
    <message>
        <source>档案的密钥是随机生成的 256 位密钥，保存在本机的系统密钥环（{0}）里，条目名为“agentbook”。所以平时打开程序不需要输入密码。</source>
        <translation>The archive's key is a random 256-bit key kept in this computer's system keyring ({0}) under the entry “agentbook”, so you type no password when you start agentbook.</translation>
    </message>
    <message>
        <source>&lt;b&gt;忘记口令，档案就无法打开&lt;/b&gt;，任何人都无法帮您找回。请定期备份档案，并在设置中选择备份位置。</source>
        <translation>&lt;b&gt;Forget the passphrase and the archive cannot be opened&lt;/b&gt;; nobody can recover it for you. Make backups regularly and choose their folder in the settings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;没有这个密钥，档案就无法打开&lt;/b&gt;：换电脑、重装系统或删除系统账户都会丢失系统密钥环里的密钥。请定期备份档案，并在设置中选择备份位置。</source>
        <translation>&lt;b&gt;Without this key the archive cannot be opened&lt;/b&gt;: a new computer, a reinstalled system or a deleted user account loses the key in the system keyring. Make backups regularly and choose their folder in the settings.</translation>
    </message>
    <message>
        <source>我已了解：丢失密钥，档案将无法恢复</source>
        <translation>I understand: if the key is lost, the archive cannot be recovered</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>删除(&amp;D)…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新隐藏敏感信息</source>
        <translation>Mask sensitive data again</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>校验审计日志</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>关于 agentbook(&amp;A)</source>
        <translation>&amp;About agentbook</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打印客户档案表(&amp;P)…</source>
        <translation>&amp;Print archive sheets…</translation>
    </message>
    <message>
        <source>导出 Excel 工作簿(&amp;X)…</source>
        <translation>E&amp;xport Excel workbook…</translation>
    </message>
    <message>
        <source>导出当前视图到 Excel…</source>
        <translation>Export this view to Excel…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>缴费</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>agentbook 保险客户档案 – {0}</source>
        <translation>agentbook insurance customer archive – {0}</translation>
    </message>
    <message>
        <source>数据库：{0}（已加密）</source>
        <translation>Database: {0} (encrypted)</translation>
    </message>
    <message>
        <source>今日待办：正在统计…</source>
        <translation>Today: counting…</translation>
    </message>
    <message numerus="yes">
        <source>今日待办 %n 项</source>
        <translation>
            <numerusform>%n item to do today</numerusform>
            <numerusform>%n items to do today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>当前视图 %n 条记录</source>
        <translation>
            <numerusform>%n record in this view</numerusform>
            <numerusform>%n records in this view</numerusform>
        </translation>
    </message>
    <message>
        <source>当前视图：正在统计记录数…</source>
        <translation>This view: counting records…</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>审计日志完整，未发现篡改。</source>
        <translation>The audit log is intact; no tampering found.</translation>
    </message>
    <message>
        <source>审计日志在第 {0} 条记录处被篡改或损坏。</source>
        <translation>The audit log was tampered with or damaged at entry {0}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>数据库口令</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <source>本机没有系统密钥环，请为新数据库“{0}”设置口令。口令不会保存在任何地方；忘记口令将无法读取数据，请务必牢记或妥善保管。</source>
        <translation>This computer has no system keyring. Choose a passphrase for the new database “{0}”. The passphrase is not stored anywhere; if you forget it, the data cannot be read. Remember it or keep it somewhere safe.</translation>
    </message>
    <message>
        <source>请输入数据库“{0}”的口令。</source>
        <translation>Enter the passphrase of the database “{0}”.</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>口令至少 {0} 个字符</source>
        <translation>The passphrase needs at least {0} characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>缴费记录</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>应缴日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>应缴金额（元）</source>
        <translation>Amount due (CNY)</translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>实缴金额（元）</source>
        <translation>Amount paid (CNY)</translation>
    </message>
    <message>
        <source>缴费方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>编辑缴费记录</source>
        <translation>Edit payment</translation>
    </message>
    <message>
        <source>新增缴费记录</source>
        <translation>New payment</translation>
    </message>
    <message>
        <source>请从列表中选择保单（输入保单号或投保人）</source>
        <translation>Choose the policy from the list (type a policy no. or the policyholder)</translation>
    </message>
    <message>
        <source>请填写应缴金额</source>
        <translation>Enter the amount due</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>应缴日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>保单号，或投保人姓名、拼音、手机尾号</source>
        <translation>Policy no., or policyholder name, pinyin, mobile tail</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>保单号</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>投保人</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>被保险人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>保额（元）</source>
        <translation>Sum insured (CNY)</translation>
    </message>
    <message>
        <source>每期保费（元）</source>
        <translation>Premium per instalment (CNY)</translation>
    </message>
    <message>
        <source>缴费方式</source>
        <translation>Payment mode</translation>
    </message>
    <message>
        <source>缴费年限</source>
        <translation>Payment years</translation>
    </message>
    <message>
        <source>投保日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>保单状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>附加险</source>
        <translation>Riders</translation>
    </message>
    <message>
        <source>佣金（元）</source>
        <translation>Commission (CNY)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>受益人（不填则为法定受益人）</source>
        <translation>Beneficiaries (none: legal heirs)</translation>
    </message>
    <message>
        <source>添加受益人</source>
        <translation>Add beneficiary</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>保存后生成缴费计划</source>
        <translation>Create the payment schedule when saved</translation>
    </message>
    <message>
        <source>编辑保单 – {0}</source>
        <translation>Edit policy – {0}</translation>
    </message>
    <message>
        <source>新建保单</source>
        <translation>New policy</translation>
    </message>
    <message>
        <source>顺位</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>姓名（可从客户中选择）</source>
        <translation>Name (choose a customer or type)</translation>
    </message>
    <message>
        <source>与被保险人关系</source>
        <translation>Relation to insured</translation>
    </message>
    <message>
        <source>受益比例 %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>第 {0} 行的受益比例不是数字</source>
        <translation>The share in row {0} is not a number</translation>
    </message>
    <message>
        <source>第{0}顺位合计 {1}%</source>
        <translation>Order {0} total {1}%</translation>
    </message>
    <message>
        <source>未指定受益人：按法定受益人处理</source>
        <translation>No beneficiaries: legal heirs</translation>
    </message>
    <message>
        <source>请从列表中选择投保人（输入姓名、拼音或手机尾号）</source>
        <translation>Choose the policyholder from the list (type a name, pinyin or mobile tail)</translation>
    </message>
    <message>
        <source>请从列表中选择被保险人</source>
        <translation>Choose the insured from the list</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>保单号，或投保人/被保险人姓名、拼音、手机尾号</source>
        <translation>Policy no., or policyholder/insured name, pinyin, mobile tail</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>清空日期</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>放弃未保存的修改？</source>
        <translation>Discard unsaved changes?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>显示列…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <source>搜索客户姓名、拼音、手机尾号、保单号…</source>
        <translation>Search name, pinyin, mobile tail, policy no.…</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>恢复默认顺序</source>
        <translation>Restore default order</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>显示敏感信息</source>
        <translation>Show sensitive data</translation>
    </message>
    <message>
        <source>导出当前视图到 Excel…</source>
        <translation>Export this view to Excel…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>客户关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>是对方的</source>
        <translation>is the other's</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>Other customer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>请从列表中选择客户</source>
        <translation>Choose the customer from the list</translation>
    </message>
    <message>
        <source>请从列表中选择对方</source>
        <translation>Choose the other customer from the list</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>“{0}”的值无效：请填写 {1} 到 {2} 之间的数。</source>
        <translation>“{0}” is not valid: enter a number from {1} to {2}.</translation>
    </message>
    <message>
        <source>“{0}”的值无效，请检查。</source>
        <translation>“{0}” is not valid; please check it.</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>正在生成档案表…</source>
        <translation>Generating archive sheets…</translation>
    </message>
    <message>
        <source>屏幕预览</source>
        <translation>on-screen preview</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Generating the preview…</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>档案表预览（{0} 位客户）</source>
        <translation>Archive sheet preview ({0} customers)</translation>
    </message>
    <message>
        <source>选择存放档案表的文件夹</source>
        <translation>Choose a folder for the archive sheets</translation>
    </message>
    <message>
        <source>导出客户档案表</source>
        <translation>Export customer archive sheets</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印客户档案表</source>
        <translation>Print customer archive sheets</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {0} 位客户的档案表：
{1}</source>
        <translation>Archive sheets of {0} customers exported:
{1}</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>第 {0} 页 / 共 {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>SheetPrintDialog</name>
    <message>
        <source>打印客户档案表</source>
        <translation>Print archive sheets</translation>
    </message>
    <message>
        <source>打印哪些客户</source>
        <translation>Customers to print</translation>
    </message>
    <message>
        <source>选中的客户</source>
        <translation>Selected customers</translation>
    </message>
    <message>
        <source>当前筛选结果中的全部客户</source>
        <translation>All customers in the current filter</translation>
    </message>
    <message>
        <source>导出方式</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>合并为一个 PDF 文件（每位客户另起一页，带书签）</source>
        <translation>One PDF file (each customer on a new page, with bookmarks)</translation>
    </message>
    <message>
        <source>每位客户一个 PDF 文件（存入文件夹，按档案编号命名）</source>
        <translation>One PDF file per customer (in a folder, named by archive number)</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>最近 </source>
        <translation>latest </translation>
    </message>
    <message>
        <source> 条</source>
        <translation> entries</translation>
    </message>
    <message>
        <source>打印完整的证件号码、手机号码及收入、健康和财务信息</source>
        <translation>Print full ID and mobile numbers, income, health and financial notes</translation>
    </message>
    <message>
        <source>默认只打印脱敏后的号码。选择打印完整信息会记入操作日志（经办人、客户、时间）。</source>
        <translation>By default numbers are printed masked. Printing them in full is recorded in the audit log (user, customer, time).</translation>
    </message>
    <message>
        <source>当前客户：{0}（{1}）</source>
        <translation>This customer: {0} ({1})</translation>
    </message>
    <message>
        <source>这 {0} 位客户（每位客户另起一页）</source>
        <translation>These {0} customers (each on a new page)</translation>
    </message>
    <message>
        <source>当前筛选结果中的全部客户（{0} 位）</source>
        <translation>All customers in the current filter ({0})</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>将打印完整的证件号码、手机号码及收入、健康和财务信息。此操作会记入操作日志（经办人、客户、时间）。</source>
        <translation>Full ID and mobile numbers, income, health and financial notes will be printed. This is recorded in the audit log (user, customer, time).</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>逾期保费</source>
        <translation>Overdue premiums</translation>
    </message>
    <message>
        <source>7 天内应缴保费</source>
        <translation>Premiums due within 7 days</translation>
    </message>
    <message>
        <source>到期与续保（90 天内）</source>
        <translation>Expiring and renewals (90 days)</translation>
    </message>
    <message>
        <source>本周生日</source>
        <translation>Birthdays this week</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>等待中的理赔</source>
        <translation>Claims waiting</translation>
    </message>
    <message>
        <source>已提醒缴费</source>
        <translation>Reminded to pay</translation>
    </message>
    <message>
        <source>已联系续保</source>
        <translation>Contacted about renewal</translation>
    </message>
    <message>
        <source>生日祝福已发送</source>
        <translation>Birthday greeting sent</translation>
    </message>
    <message>
        <source>回访已完成</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>打开客户档案</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>其中 {0} 项紧急</source>
        <translation>{0} of them urgent</translation>
    </message>
    <message>
        <source>（显示最紧要的 {0} 项）</source>
        <translation> (showing the {0} most pressing)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开档案</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <source>截图已保存：{0}</source>
        <translation>Screenshot saved: {0}</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>客户状态</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>客户价值</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>年收入</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>保单号</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>投保人</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>被保险人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>保额</source>
        <translation>Sum insured</translation>
    </message>
    <message>
        <source>保费</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>缴费方式</source>
        <translation>Payment mode</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>应缴日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>应缴金额</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>实缴金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>缴费方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>理赔编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>出险日期</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>报案日期</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>出险原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>申请金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>实赔金额</source>
        <translation>Amount paid out</translation>
    </message>
    <message>
        <source>审核日期</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>沟通时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>投保人编号</source>
        <translation>Policyholder id</translation>
    </message>
    <message>
        <source>申请人编号</source>
        <translation>Claimant id</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Customer id</translation>
    </message>
</context>
<context>
    <name>deletion</name>
    <message>
        <source>客户</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>claim</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>contact entry</translation>
    </message>
    <message>
        <source>客户关系</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>确定删除这条{0}吗？此操作会记入操作日志，且无法撤销。</source>
        <translation>Delete this {0}? This is recorded in the audit log and cannot be undone.</translation>
    </message>
    <message>
        <source>该客户是保单的投保人、被保险人、受益人或理赔申请人，档案必须保留，不能删除。

是否将其标记为“已终止”？</source>
        <translation>This customer is a policyholder, insured, beneficiary or claimant, so the archive must be kept and cannot be deleted.

Mark the customer “Terminated” instead?</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>潜在</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>现有</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>高价值</source>
        <translation>High value</translation>
    </message>
    <message>
        <source>中价值</source>
        <translation>Medium value</translation>
    </message>
    <message>
        <source>低价值</source>
        <translation>Low value</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit (HK/Macau)</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>其他证件</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>保障型</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>均衡型</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>投资型</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>保守</source>
        <translation>Conservative</translation>
    </message>
    <message>
        <source>稳健</source>
        <translation>Steady</translation>
    </message>
    <message>
        <source>进取</source>
        <translation>Aggressive</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>祖父母</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>雇主</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>寿险</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>健康险</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>意外险</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>财产险</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>车险</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>年金</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <source>趸交</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>年交</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>半年交</source>
        <translation>Semi-annual</translation>
    </message>
    <message>
        <source>季交</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>月交</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>待生效</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>生效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>失效</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>已理赔</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>退保</source>
        <translation>Surrendered</translation>
    </message>
    <message>
        <source>满期</source>
        <translation>Matured</translation>
    </message>
    <message>
        <source>终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>待缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>豁免</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>银行代扣</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <source>转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>已报案</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>材料收集</source>
        <translation>Collecting documents</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已赔付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>面谈</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>生日祝福</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Holiday greeting</translation>
    </message>
    <message>
        <source>缴费提醒</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>理赔进度</source>
        <translation>Claim progress</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>程序内部错误：{0}
请把这条信息告诉开发者。</source>
        <translation>Internal error: {0}
Please report this message to the developers.</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <source>Windows 凭据管理器</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>macOS 钥匙串</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>Secret Service：GNOME 密钥环或 KWallet</source>
        <translation>Secret Service: GNOME Keyring or KWallet</translation>
    </message>
    <message>
        <source>系统密钥环</source>
        <translation>the system keyring</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>机构名称</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>打印在客户档案表的页眉上，例如“某某保险代理有限公司”</source>
        <translation>Printed in the header of the customer archive sheets, e.g. “Example Insurance Agency Ltd.”</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <source>写入操作日志，说明每一项修改是谁做的；留空则使用电脑的登录名</source>
        <translation>Written to the audit log as the one who made each change; when empty, the computer's login name is used</translation>
    </message>
    <message>
        <source>档案编号格式</source>
        <translation>Archive number pattern</translation>
    </message>
    <message>
        <source>可用占位符：{year} 年、{month} 月、{seq:06d} 序号</source>
        <translation>Placeholders: {year}, {month}, {seq:06d} sequence number</translation>
    </message>
    <message>
        <source>档案表打印最近沟通记录（条）</source>
        <translation>Contact-log entries on an archive sheet</translation>
    </message>
    <message>
        <source>无操作自动锁定（分钟）</source>
        <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
        <source>离开电脑这么久后，程序锁定并隐藏客户信息；0 表示不自动锁定</source>
        <translation>After this long without use agentbook locks and hides customer data; 0 never locks</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>加密备份存放处，最好是移动硬盘或另一块磁盘；留空则用数据目录下的 backups</source>
        <translation>Where encrypted backups go, ideally an external or second disk; when empty, “backups” in the data folder</translation>
    </message>
    <message>
        <source>保留最近备份（份）</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>超过这个数量时，最旧的自动备份会被删除</source>
        <translation>Beyond this number the oldest automatic backup is deleted</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>今日提醒</source>
        <translation>Today reminders</translation>
    </message>
    <message>
        <source>投诉处理</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>客户价值分级</source>
        <translation>Customer value tiers</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>档案编号格式无效：只能包含文字和 {year}、{month}、{seq:06d} 占位符，且必须含 {seq}。</source>
        <translation>Invalid archive number pattern: use text and the placeholders {year}, {month}, {seq:06d}; {seq} is required.</translation>
    </message>
    <message>
        <source>数据库操作失败</source>
        <translation>The database operation failed</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环，无法自动保存数据库密钥。请改用口令打开数据库。</source>
        <translation>No system keyring is available, so the database key cannot be stored automatically. Open the database with a passphrase instead.</translation>
    </message>
    <message>
        <source>系统密钥环已锁定。请先解锁密钥环（通常是登录系统），然后重试。</source>
        <translation>The system keyring is locked. Unlock it (usually by logging in) and try again.</translation>
    </message>
    <message>
        <source>找到数据库文件，但系统密钥环中没有它的密钥（可能是换了电脑或重装了系统）。请用恢复密钥打开；没有恢复密钥则无法读取这些数据。</source>
        <translation>The database file exists but its key is not in the system keyring (a new computer or a reinstalled system?). Open it with the recovery key; without the recovery key this data cannot be read.</translation>
    </message>
    <message>
        <source>本机没有系统密钥环，请输入数据库口令。</source>
        <translation>This computer has no system keyring; enter the database passphrase.</translation>
    </message>
    <message>
        <source>密钥或口令不正确，或者这不是 agentbook 的数据库文件。文件未做任何改动。</source>
        <translation>Wrong key or passphrase, or this is not an agentbook database. The file was not changed.</translation>
    </message>
    <message>
        <source>密钥格式无效：需要 64 位十六进制数字（256 位）。空密钥会生成未加密的数据库，因此被拒绝。</source>
        <translation>Invalid key: 64 hexadecimal digits (256 bits) are needed. An empty key would create an unencrypted database and is refused.</translation>
    </message>
    <message>
        <source>数据库正被另一个 agentbook 窗口或程序使用。请关闭它后重试。</source>
        <translation>The database is in use by another agentbook window or program. Close it and try again.</translation>
    </message>
    <message>
        <source>无法读取数据库文件（权限不足或磁盘错误）。</source>
        <translation>The database file cannot be read (permissions or a disk error).</translation>
    </message>
    <message>
        <source>数据库文件已损坏（例如长度为零或被截断）。为避免丢失数据，程序没有覆盖它。请从备份恢复。</source>
        <translation>The database file is damaged (empty or truncated). It was not overwritten, so nothing is lost; restore it from a backup.</translation>
    </message>
    <message>
        <source>磁盘空间不足，保存失败。已保存的数据没有受到影响。</source>
        <translation>The disk is full; saving failed. Data saved earlier is not affected.</translation>
    </message>
    <message>
        <source>不能把备份写到正在使用的数据库文件上。请选择其他文件名或位置。</source>
        <translation>A backup cannot be written over the archive in use. Choose another file name or place.</translation>
    </message>
    <message>
        <source>记录不存在，可能已被删除。</source>
        <translation>The record does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>数据冲突，保存失败。</source>
        <translation>Saving failed because of conflicting data.</translation>
    </message>
    <message>
        <source>已存在相同编号的记录。</source>
        <translation>A record with the same number already exists.</translation>
    </message>
    <message>
        <source>该记录仍被其他记录引用，不能删除。</source>
        <translation>Other records still refer to this one; it cannot be deleted.</translation>
    </message>
    <message>
        <source>该客户是保单的投保人或被保险人，不能删除。可以将其标记为“已终止”。</source>
        <translation>This customer is a party to a policy and cannot be deleted. You can mark them “Terminated” instead.</translation>
    </message>
    <message>
        <source>数据库由更新版本的 agentbook 创建，请升级程序后再打开。</source>
        <translation>This database was created by a newer agentbook. Update the program to open it.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>15 位旧身份证号已停用，请填写 18 位号码</source>
        <translation>15-digit ID numbers are no longer valid; enter the 18-digit number</translation>
    </message>
    <message>
        <source>身份证号应为 18 位：17 位数字加 1 位数字或 X</source>
        <translation>An ID number has 18 characters: 17 digits and a digit or X</translation>
    </message>
    <message>
        <source>身份证号的地区码无效</source>
        <translation>The region code of the ID number is invalid</translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation>The birth date in the ID number is invalid</translation>
    </message>
    <message>
        <source>身份证号校验码不正确，请核对</source>
        <translation>The ID number's check digit is wrong; please check it</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位数字或大写字母</source>
        <translation>A credit code has 18 digits or capital letters</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不正确，请核对</source>
        <translation>The credit code's check character is wrong; please check it</translation>
    </message>
    <message>
        <source>手机号应为 11 位，以 1 开头</source>
        <translation>A mobile number has 11 digits and starts with 1</translation>
    </message>
    <message>
        <source>固定电话格式不正确，例如 010-12345678</source>
        <translation>Invalid phone number, e.g. 010-12345678</translation>
    </message>
    <message>
        <source>电子邮箱格式不正确</source>
        <translation>Invalid e-mail address</translation>
    </message>
    <message>
        <source>请填写金额</source>
        <translation>Enter an amount</translation>
    </message>
    <message>
        <source>金额必须是精确的十进制数</source>
        <translation>The amount must be an exact decimal</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>The amount is too large; please check it</translation>
    </message>
    <message>
        <source>金额最多保留两位小数</source>
        <translation>At most two decimal places</translation>
    </message>
    <message>
        <source>请填写姓名或名称</source>
        <translation>Enter a name</translation>
    </message>
    <message>
        <source>名称过长（最多 100 字）</source>
        <translation>The name is too long (100 characters at most)</translation>
    </message>
    <message>
        <source>企业客户没有性别</source>
        <translation>An enterprise has no gender</translation>
    </message>
    <message>
        <source>企业客户没有出生日期</source>
        <translation>An enterprise has no date of birth</translation>
    </message>
    <message>
        <source>企业客户的证件应为统一社会信用代码</source>
        <translation>An enterprise's document is its unified social credit code</translation>
    </message>
    <message>
        <source>请填写统一社会信用代码</source>
        <translation>Enter the unified social credit code</translation>
    </message>
    <message>
        <source>家庭客户没有性别</source>
        <translation>A family has no gender</translation>
    </message>
    <message>
        <source>家庭客户不填证件号，请在家庭成员的档案中填写</source>
        <translation>A family has no ID number; enter it in each member's record</translation>
    </message>
    <message>
        <source>请至少填写一种联系方式</source>
        <translation>Enter at least one way to reach the customer</translation>
    </message>
    <message>
        <source>只有已终止的客户才有保管期限</source>
        <translation>Only terminated customers have a retention date</translation>
    </message>
    <message>
        <source>同意日期不能晚于今天</source>
        <translation>The consent date cannot be in the future</translation>
    </message>
    <message>
        <source>个人客户不能使用统一社会信用代码</source>
        <translation>A person cannot use a credit code</translation>
    </message>
    <message>
        <source>请选择证件类型</source>
        <translation>Choose the document type</translation>
    </message>
    <message>
        <source>现有客户须填写证件号码</source>
        <translation>Active customers need an ID number</translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation>Choose the gender</translation>
    </message>
    <message>
        <source>出生日期不能晚于今天</source>
        <translation>The date of birth cannot be in the future</translation>
    </message>
    <message>
        <source>出生日期不合理</source>
        <translation>Implausible date of birth</translation>
    </message>
    <message>
        <source>出生日期与身份证号不一致</source>
        <translation>The date of birth does not match the ID number</translation>
    </message>
    <message>
        <source>性别与身份证号不一致</source>
        <translation>The gender does not match the ID number</translation>
    </message>
    <message>
        <source>证件号码格式不正确</source>
        <translation>Invalid document number</translation>
    </message>
    <message>
        <source>不能与自己建立关系</source>
        <translation>A customer cannot be related to themselves</translation>
    </message>
    <message>
        <source>请填写受益人姓名</source>
        <translation>Enter the beneficiary's name</translation>
    </message>
    <message>
        <source>受益比例应在 0 到 100% 之间</source>
        <translation>The share must be between 0 and 100%</translation>
    </message>
    <message>
        <source>受益比例最多保留两位小数</source>
        <translation>Beneficiary shares take at most two decimal places</translation>
    </message>
    <message>
        <source>受益顺位从 1 开始</source>
        <translation>Beneficiary order starts at 1</translation>
    </message>
    <message>
        <source>第 {order} 顺位受益比例合计为 {total}%，应为 100%</source>
        <translation>Shares of order {order} add up to {total}%; they must add up to 100%</translation>
    </message>
    <message>
        <source>请填写保单号</source>
        <translation>Enter the policy number</translation>
    </message>
    <message>
        <source>保单号只能包含字母、数字和连字符</source>
        <translation>Policy numbers contain only letters, digits and hyphens</translation>
    </message>
    <message>
        <source>请填写保险公司</source>
        <translation>Enter the insurer</translation>
    </message>
    <message>
        <source>请填写产品名称</source>
        <translation>Enter the product</translation>
    </message>
    <message>
        <source>请选择投保人</source>
        <translation>Choose the policyholder</translation>
    </message>
    <message>
        <source>请选择被保险人</source>
        <translation>Choose the insured</translation>
    </message>
    <message>
        <source>缴费年限应在 1 到 100 年之间</source>
        <translation>Payment years must be between 1 and 100</translation>
    </message>
    <message>
        <source>请填写生效日期</source>
        <translation>Enter the effective date</translation>
    </message>
    <message>
        <source>投保日期不能晚于生效日期</source>
        <translation>The application date cannot be after the effective date</translation>
    </message>
    <message>
        <source>到期日期必须晚于生效日期</source>
        <translation>The expiry date must be after the effective date</translation>
    </message>
    <message>
        <source>期数从 1 开始</source>
        <translation>Periods start at 1</translation>
    </message>
    <message>
        <source>已缴的记录须填写缴费日期</source>
        <translation>A paid instalment needs its payment date</translation>
    </message>
    <message>
        <source>请填写理赔编号</source>
        <translation>Enter the claim number</translation>
    </message>
    <message>
        <source>请填写出险原因</source>
        <translation>Enter the cause</translation>
    </message>
    <message>
        <source>出险日期不能晚于今天</source>
        <translation>The incident date cannot be in the future</translation>
    </message>
    <message>
        <source>报案日期不能早于出险日期</source>
        <translation>The filing date cannot be before the incident</translation>
    </message>
    <message>
        <source>审核日期不能早于报案日期</source>
        <translation>The decision date cannot be before the filing date</translation>
    </message>
    <message>
        <source>请填写沟通内容</source>
        <translation>Enter what was discussed</translation>
    </message>
    <message>
        <source>跟进日期不能早于沟通日期</source>
        <translation>The follow-up date cannot be before the contact</translation>
    </message>
</context>
</TS>