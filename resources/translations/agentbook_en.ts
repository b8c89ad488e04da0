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
        <source>营业部服务器</source>
        <translation>Branch server</translation>
    </message>
    <message>
        <source>登录账号</source>
        <translation>Login</translation>
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
    <name>AccessLogDialog</name>
    <message>
        <source>访问记录</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>导出访问记录</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>访问记录 · {0}</source>
        <translation>Access log · {0}</translation>
    </message>
</context>
<context>
    <name>AddAttachmentsDialog</name>
    <message>
        <source>添加档案材料</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>保存到档案</source>
        <translation>Save to archive</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>材料类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>客户本人</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>归入</source>
        <translation>File under</translation>
    </message>
    <message>
        <source>整理</source>
        <translation>Clean-up</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>文件加密保存在档案数据库中；单个文件最大 {0}。</source>
        <translation>Files are stored encrypted inside the archive database; at most {0} per file.</translation>
    </message>
    <message>
        <source>按识别出的文字，建议类别为“{0}”。请确认或改选后保存。</source>
        <translation>From the text read on it, the suggested category is “{0}”. Confirm it or choose another, then save.</translation>
    </message>
    <message>
        <source>按识别出的文字，这份材料像是“{0}”。</source>
        <translation>From the text read on it, this looks like “{0}”.</translation>
    </message>
    <message>
        <source>{0}（整理后）.jpg</source>
        <translation>{0} (cleaned).jpg</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>答复个人信息请求</source>
        <translation>Answer a personal information request</translation>
    </message>
    <message>
        <source>{0} · {1} · 收到于 {2}</source>
        <translation>{0} · {1} · received {2}</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>已办理的事项；不予办理的，写明理由（第五十条）</source>
        <translation>What was done; when refusing, give the reasons (Art. 50)</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>待审批的信息变更</source>
        <translation>Changes awaiting approval</translation>
    </message>
    <message>
        <source>我的变更申请</source>
        <translation>My change requests</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>变更后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>没有待审批的申请。</source>
        <translation>No request awaits a decision.</translation>
    </message>
    <message>
        <source>您还没有提交过信息变更申请。修改客户姓名、证件或受益人时会自动生成申请。</source>
        <translation>You have filed no change request yet. Changing a customer's name, ID or beneficiaries files one for you.</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>撤回申请</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>打印申请表…</source>
        <translation>Print the form…</translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>驳回理由（申请人会看到）：</source>
        <translation>Reason for rejecting (the requester will see it):</translation>
    </message>
    <message>
        <source>保存信息变更申请表</source>
        <translation>Save the change request form</translation>
    </message>
    <message>
        <source>打印申请表</source>
        <translation>Print the form</translation>
    </message>
</context>
<context>
    <name>ArchiveRegister</name>
    <message>
        <source>姓名或档案编号</source>
        <translation>Name or archive number</translation>
    </message>
    <message>
        <source>登记存放位置…</source>
        <translation>Record location…</translation>
    </message>
    <message>
        <source>借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <source>登记归还</source>
        <translation>Record return</translation>
    </message>
    <message numerus="yes">
        <source>显示前 %n 份档案，请输入姓名或档案编号缩小范围</source>
        <translation>
            <numerusform>Showing the first %n file; type a name or archive number to narrow the list</numerusform>
            <numerusform>Showing the first %n files; type a name or archive number to narrow the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 份档案</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，借出 %n 份</source>
        <translation>
            <numerusform>, %n lent</numerusform>
            <numerusform>, %n lent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，其中 %n 份逾期未还</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>预览 – {0}</source>
        <translation>Preview – {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>此类文件无法在程序内预览，可用系统程序打开。</source>
        <translation>This kind of file cannot be previewed here; open it with the system viewer.</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>Open with system viewer</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>可把扫描件、照片或 PDF 直接拖到这里</source>
        <translation>Drop scans, photos or PDFs here</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>客户本人</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>选择档案材料</source>
        <translation>Choose documents</translation>
    </message>
    <message>
        <source>扫描件、照片和 PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;所有文件 (*)</source>
        <translation>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>删除档案材料</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>从档案中删除“{0}”？删除后无法恢复。</source>
        <translation>Delete “{0}” from the archive? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>客户档案号</source>
        <translation>Customer archive no.</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>从第 {0} 条记录起校验不通过：这条记录或它之前的记录被改动、删除或损坏。</source>
        <translation>Verification fails from entry {0}: this entry or one before it was changed, removed or damaged.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>客户已销毁，详情不可读</source>
        <translation>Customer destroyed; details unreadable</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>全部日期</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>显示敏感内容（将记入日志）</source>
        <translation>Show sensitive content (logged)</translation>
    </message>
    <message>
        <source>校验完整性</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>没有档案编号为“{0}”的客户。</source>
        <translation>No customer has the archive number “{0}”.</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>修改前：</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>修改后：</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>校验值：</source>
        <translation>Hash: </translation>
    </message>
    <message>
        <source>操作日志完整</source>
        <translation>Audit log intact</translation>
    </message>
    <message>
        <source>全部 {0} 条记录校验通过，没有发现改动或删除。
最新校验值：{1}</source>
        <translation>All {0} entries verified; nothing was changed or removed.
Latest hash: {1}</translation>
    </message>
    <message>
        <source>操作日志被改动</source>
        <translation>Audit log altered</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>详情状态</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>校验值</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条记录到 {0}</source>
        <translation>
            <numerusform>Exported %n entry to {0}</numerusform>
            <numerusform>Exported %n entries to {0}</numerusform>
        </translation>
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
    <name>BackupPicker</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择要恢复的备份。恢复前会完整校验这份备份，并列出其中的记录数供您核对；当前数据库会被移到一旁保留。</source>
        <translation>Choose the backup to restore. It is verified in full first and its record counts are shown for you to check; the current database is kept aside.</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>内容（备份时）</source>
        <translation>Contents (when taken)</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>写入时已校验</source>
        <translation>Verified when written</translation>
    </message>
    <message>
        <source>未记录（恢复前校验）</source>
        <translation>Not recorded (verified before restoring)</translation>
    </message>
    <message>
        <source>还没有找到备份。可以用“文件 → 立即备份”做第一份，或选择其他位置的备份文件。</source>
        <translation>No backups found yet. Make the first one with “File → Back up now”, or choose a backup file elsewhere.</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>其他文件…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
</context>
<context>
    <name>BatchPaidDialog</name>
    <message>
        <source>批量标记已缴</source>
        <translation>Mark paid together</translation>
    </message>
    <message numerus="yes">
        <source>%n 期，按应缴金额登记，合计 {0} 元</source>
        <translation>
            <numerusform>%n instalment, recorded at the amount due, {0} yuan in all</numerusform>
            <numerusform>%n instalments, recorded at the amounts due, {0} yuan in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 期已是已缴，不变</source>
        <translation>
            <numerusform>%n more instalment is already paid and stays as it is</numerusform>
            <numerusform>%n more instalments are already paid and stay as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>缴费方法</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>标记已缴</source>
        <translation>Mark paid</translation>
    </message>
</context>
<context>
    <name>BranchBanner</name>
    <message>
        <source>待审批的信息变更：{0} 份</source>
        <translation>Changes awaiting approval: {0}</translation>
    </message>
    <message>
        <source>今日查看客户异常多：{0}</source>
        <translation>Unusually many customers opened today: {0}</translation>
    </message>
    <message>
        <source>{0} {1} 位</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <source>连接营业部服务器</source>
        <translation>Connect to the branch server</translation>
    </message>
    <message>
        <source>营业部的档案保存在 PostgreSQL 服务器上，每个人用自己的账号登录。地址和账号请向营业部的档案管理员索取。</source>
        <translation>The branch keeps its archive on a PostgreSQL server; everyone signs in with their own account. Ask the branch's archivist for the address and your account.</translation>
    </message>
    <message>
        <source>例如 192.168.1.20 或 server.branch.local</source>
        <translation>e.g. 192.168.1.20 or server.branch.local</translation>
    </message>
    <message>
        <source>在系统钥匙串中记住口令</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>改用本机档案</source>
        <translation>Use the local archive</translation>
    </message>
    <message>
        <source>连接将使用 TLS 加密；服务器不支持加密时不会连接。</source>
        <translation>The connection will be encrypted with TLS; a server without encryption is refused.</translation>
    </message>
    <message>
        <source>服务器在本机，连接不经过网络。</source>
        <translation>The server is on this computer; nothing crosses the network.</translation>
    </message>
    <message>
        <source>正在连接 {0} …</source>
        <translation>Connecting to {0} …</translation>
    </message>
    <message>
        <source>口令未保存</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <source>已连接营业部服务器，但系统钥匙串没有保存口令，下次启动时需要再输入一次。
{0}</source>
        <translation>Connected to the branch server, but the system keyring did not keep the password: you will be asked for it at the next start.
{0}</translation>
    </message>
</context>
<context>
    <name>BranchMenu</name>
    <message>
        <source>营业部(&amp;B)</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>人员与权限…</source>
        <translation>People and roles…</translation>
    </message>
    <message>
        <source>待审批的信息变更…</source>
        <translation>Changes awaiting approval…</translation>
    </message>
    <message>
        <source>我的变更申请…</source>
        <translation>My change requests…</translation>
    </message>
    <message>
        <source>访问记录…</source>
        <translation>Access log…</translation>
    </message>
    <message>
        <source>已提交信息变更申请</source>
        <translation>Change request filed</translation>
    </message>
    <message>
        <source>姓名、证件、投保人/被保险人、受益人或他人名下客户的变更需经理审批。已提交 {0} 份申请，批准后生效；其余修改已保存。可在 营业部 ▸ 我的变更申请 查看进度。</source>
        <translation>Changes to a name, an ID, a policyholder or insured, beneficiaries, or a colleague's customer need the manager's approval. {0} request(s) filed; they take effect once approved. Your other changes are saved. See Branch ▸ My change requests.</translation>
    </message>
    <message>
        <source>没有新建：这位客户已由同事保管。请他把客户共享给您。</source>
        <translation>Not created: a colleague keeps this customer. Ask them to share the customer with you.</translation>
    </message>
    <message>
        <source>同事已有这位客户</source>
        <translation>A colleague keeps this customer</translation>
    </message>
    <message>
        <source>营业部里 {0} 已有证件号码或手机号相同的客户。仍要另建一份吗？（通常应请他把客户共享给您）</source>
        <translation>{0} in the branch already keeps a customer with this ID number or mobile. Create a second record anyway? (Usually you would ask them to share the customer with you.)</translation>
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
    <name>CleanupChoice</name>
    <message>
        <source>整理扫描件（裁去背景、纠正歪斜、增强对比度；原件一并保存）</source>
        <translation>Clean up scans (crop the background, straighten, enhance contrast; the original is kept too)</translation>
    </message>
    <message>
        <source>保存整理后的页面供查看和识别，拍摄的原件作为原件另存，随时可查看</source>
        <translation>The cleaned page is saved for viewing and text recognition; the photo as taken is saved as its original and can be viewed at any time</translation>
    </message>
    <message>
        <source>整理前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>整理后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>已裁去背景并摆正页面</source>
        <translation>background cropped and page straightened</translation>
    </message>
    <message>
        <source>已纠正歪斜 {0}°</source>
        <translation>straightened by {0}°</translation>
    </message>
    <message>
        <source>已增强对比度</source>
        <translation>contrast enhanced</translation>
    </message>
    <message>
        <source>页面已端正清晰，无需整理，只保存原件</source>
        <translation>the page is already upright and clear: nothing to clean up, only the original is saved</translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the steps done</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>（共 {0} 张照片，下图为第一张）</source>
        <translation> ({0} photos; the first is shown)</translation>
    </message>
</context>
<context>
    <name>CommissionReceiptDialog</name>
    <message>
        <source>登记佣金到账 – {0}</source>
        <translation>Record commission received – {0}</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>到账日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>到账金额（元）</source>
        <translation>Amount received (yuan)</translation>
    </message>
    <message>
        <source>结算单号</source>
        <translation>Statement no.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>CommissionRuleDialog</name>
    <message>
        <source>佣金规则 – {0}</source>
        <translation>Commission rule – {0}</translation>
    </message>
    <message>
        <source>起始保单年度</source>
        <translation>From policy year</translation>
    </message>
    <message>
        <source>结束保单年度（0 = 以后各年）</source>
        <translation>To policy year (0 = every later year)</translation>
    </message>
    <message>
        <source>佣金比例（% 保费）</source>
        <translation>Rate (% of premium)</translation>
    </message>
    <message>
        <source>或每期固定金额（元）</source>
        <translation>or fixed amount per instalment (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>例如 30 表示首年保费的 30%</source>
        <translation>e.g. 30 for 30% of the first-year premium</translation>
    </message>
</context>
<context>
    <name>CommissionsPanel</name>
    <message>
        <source>添加佣金规则…</source>
        <translation>Add commission rule…</translation>
    </message>
    <message>
        <source>登记到账…</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>应收 {0} 元 · 已到账 {1} 元 · 未到账 {2} 元</source>
        <translation>Expected {0} yuan · received {1} yuan · missing {2} yuan</translation>
    </message>
    <message>
        <source>此保单尚未设置佣金规则。</source>
        <translation>This policy has no commission rules yet.</translation>
    </message>
    <message>
        <source>第 {0} 年</source>
        <translation>year {0}</translation>
    </message>
    <message>
        <source>第 {0}–{1} 年</source>
        <translation>years {0}–{1}</translation>
    </message>
    <message>
        <source>第 {0} 年起</source>
        <translation>year {0} onwards</translation>
    </message>
    <message>
        <source>每期 {0} 元</source>
        <translation>{0} yuan per instalment</translation>
    </message>
    <message>
        <source>佣金规则：</source>
        <translation>Commission rules: </translation>
    </message>
    <message>
        <source>佣金</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>该客户没有保单。</source>
        <translation>This customer has no policies.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>投诉登记</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>投诉人（非客户本人时）</source>
        <translation>Complainant (if not the customer)</translation>
    </message>
    <message>
        <source>相关保单</source>
        <translation>Policy concerned</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>处理时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>处理与办结</source>
        <translation>Handling and closing</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>向客户反馈</source>
        <translation>Reply to the customer</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>客户满意度</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>登记投诉</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>投诉 {0}（{1}）</source>
        <translation>Complaint {0} ({1})</translation>
    </message>
    <message>
        <source>已超过处理时限，请尽快办结并回复客户。</source>
        <translation>Past its deadline: close it and reply to the customer as soon as possible.</translation>
    </message>
    <message>
        <source>请从列表中选择客户</source>
        <translation>Choose a customer from the list</translation>
    </message>
    <message>
        <source>请从列表中选择保单，或清空此项</source>
        <translation>Choose a policy from the list, or clear this field</translation>
    </message>
</context>
<context>
    <name>ComplaintTab</name>
    <message>
        <source>处理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>客户姓名、拼音、手机尾号</source>
        <translation>Customer name, pinyin, last digits of the mobile</translation>
    </message>
    <message>
        <source>处理/办结…</source>
        <translation>Handle / close…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>记录同意 – {0}</source>
        <translation>Record consent – {0}</translation>
    </message>
    <message>
        <source>撤回同意 – {0}</source>
        <translation>Withdraw consent – {0}</translation>
    </message>
    <message>
        <source>同意类别</source>
        <translation>Kind of consent</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>撤回日期</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>同意范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>撤回说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>处理目的与信息种类，例如：客户档案管理、保单服务与回访</source>
        <translation>Purposes and kinds of information, e.g. customer records, policy service and follow-ups</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <source>与客户关系</source>
        <translation>Relation to the customer</translation>
    </message>
    <message>
        <source>父亲、母亲或其他监护人</source>
        <translation>Father, mother or other guardian</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>客户未满 {0} 周岁：须由父母或其他监护人同意，并记录监护人。</source>
        <translation>The customer is under {0}: a parent or other guardian must consent; record the guardian.</translation>
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
    <name>CoverEditor</name>
    <message>
        <source>保障责任（按保障类型）</source>
        <translation>Cover (by kind)</translation>
    </message>
    <message>
        <source>附加险（主险留空）</source>
        <translation>Rider (empty for the main contract)</translation>
    </message>
    <message>
        <source>保障类型</source>
        <translation>Kind of cover</translation>
    </message>
    <message>
        <source>保额</source>
        <translation>Sum insured</translation>
    </message>
    <message>
        <source>免赔额</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>保至（空=随保单）</source>
        <translation>Until (empty = as the policy)</translation>
    </message>
    <message>
        <source>等待期（天）</source>
        <translation>Waiting period (days)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>按产品填入</source>
        <translation>Fill from product</translation>
    </message>
    <message>
        <source>产品目录中有该产品时按目录填入，否则按产品名称推断</source>
        <translation>Fills from the product catalogue when the product is listed, otherwise guesses from the product name</translation>
    </message>
    <message>
        <source>已按产品目录填入</source>
        <translation>Filled from the product catalogue</translation>
    </message>
    <message>
        <source>目录中没有该产品：已按名称推断，请核对</source>
        <translation>Product not in the catalogue: guessed from its name, please check</translation>
    </message>
    <message>
        <source>保障第 {0} 行的金额无法识别</source>
        <translation>Cover row {0}: the amount cannot be read</translation>
    </message>
    <message>
        <source>保障第 {0} 行的日期应为 YYYY-MM-DD</source>
        <translation>Cover row {0}: the date should be YYYY-MM-DD</translation>
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
        <source>打印此页…</source>
        <translation>Print this page…</translation>
    </message>
    <message>
        <source>新建家庭成员…</source>
        <translation>New family member…</translation>
    </message>
    <message>
        <source>复制节日问候…</source>
        <translation>Copy festival greeting…</translation>
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
        <source>保单检视</source>
        <translation>Policy review</translation>
    </message>
    <message>
        <source>记录同意…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>撤回同意…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>导出本人数据…</source>
        <translation>Export own data…</translation>
    </message>
    <message>
        <source>个人信息请求…</source>
        <translation>Personal information requests…</translation>
    </message>
    <message>
        <source>当前状态：{0}</source>
        <translation>Current state: {0}</translation>
    </message>
    <message numerus="yes">
        <source>知情同意 (%n)</source>
        <translation>
            <numerusform>Consent (%n)</numerusform>
            <numerusform>Consent (%n)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>保全 (%n)</source>
        <translation>
            <numerusform>Servicing (%n)</numerusform>
            <numerusform>Servicing (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · 办理中 %n</source>
        <translation>
            <numerusform> · %n open</numerusform>
            <numerusform> · %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>保单 {0}</source>
        <translation>Policy {0}</translation>
    </message>
    <message>
        <source>理赔 {0}</source>
        <translation>Claim {0}</translation>
    </message>
    <message numerus="yes">
        <source>档案材料 (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>佣金 (%n)</source>
        <translation>
            <numerusform>Commission (%n)</numerusform>
            <numerusform>Commission (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · 未到账 %n</source>
        <translation>
            <numerusform> · %n missing</numerusform>
            <numerusform> · %n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · 缺口 %n</source>
        <translation>
            <numerusform> · %n gap</numerusform>
            <numerusform> · %n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>风险{0}</source>
        <translation>Risk: {0}</translation>
    </message>
    <message>
        <source>客户价值依据：年化保费 {0} 元，有效保单 {1} 件，客户 {2} 年</source>
        <translation>Value tier based on: annualised premium {0} yuan, {1} policies in force, {2} years as a customer</translation>
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
    <message>
        <source>新建家庭成员</source>
        <translation>New family member</translation>
    </message>
    <message>
        <source>与本客户的关系</source>
        <translation>Relation to this customer</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Festival greeting</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>打印此页</source>
        <translation>Print this page</translation>
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
    <name>DayLists</name>
    <message>
        <source>生日名单</source>
        <translation>Birthday list</translation>
    </message>
    <message>
        <source>到期清单</source>
        <translation>Expiry list</translation>
    </message>
    <message>
        <source>打印日期：{0}</source>
        <translation>Printed on {0}</translation>
    </message>
    <message>
        <source>共 {0} 项 · 电话已脱敏</source>
        <translation>{0} items · phone numbers masked</translation>
    </message>
    <message>
        <source>第 {0} 页</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <source>没有需要列出的项目</source>
        <translation>Nothing to list</translation>
    </message>
    <message>
        <source>已办</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{0} · 打印日期 {1}</source>
        <translation>{0} · printed on {1}</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>销毁客户档案</source>
        <translation>Destroy customer archive</translation>
    </message>
    <message>
        <source>销毁后无法恢复。</source>
        <translation>Destruction cannot be undone.</translation>
    </message>
    <message>
        <source>客户的个人信息、本人保单、缴费、理赔、沟通记录和附件将从数据库文件中彻底清除，只留下一条销毁记录。</source>
        <translation>The customer's personal data, own policies, payments, claims, contact log and attachments are removed from the database file for good; only a destruction record remains.</translation>
    </message>
    <message>
        <source>营业部服务器此前的备份仍含这些数据，直到按营业部的规定过期删除。</source>
        <translation>Earlier backups of the branch server still hold this data until they expire under the branch's rules.</translation>
    </message>
    <message>
        <source>备份文件夹 {0} 中此前的备份（保留最近 {1} 份）仍含这些数据，直到轮换删除。</source>
        <translation>Earlier backups in the backup folder {0} (the newest {1} are kept) still hold this data until they rotate out.</translation>
    </message>
    <message>
        <source>恢复备份时保留的旧数据库 {0} 也含这些数据，随备份一起轮换删除。</source>
        <translation>The old database kept aside by a restore ({0}) holds it too; it rotates out with the backups.</translation>
    </message>
    <message>
        <source>例如：保管期满；客户书面要求删除（申请编号 …）</source>
        <translation>e.g. retention period over; written deletion request (request no. …)</translation>
    </message>
    <message>
        <source>永久销毁</source>
        <translation>Destroy permanently</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>保管期限至</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <source>将清除</source>
        <translation>Will remove</translation>
    </message>
    <message>
        <source>销毁原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>输入档案编号以确认</source>
        <translation>Type the archive number to confirm</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>查找重复客户</source>
        <translation>Find duplicate customers</translation>
    </message>
    <message>
        <source>合并后，另一条记录的保单（投保人、被保险人、受益人）、缴费、理赔、沟通记录、关系、投诉、档案材料、纸质档案和借阅记录都转到保留的客户名下，保留客户空缺的联系方式从另一条补上，另一条记录随后删除。合并写入操作日志，最近一次合并可在“工具”菜单中撤销。</source>
        <translation>Merging moves the other record's policies (as policyholder, insured or beneficiary), payments, claims, contact log, relationships, complaints, documents, paper file and loans to the customer kept; contact details the kept customer lacks are taken from the other, which is then deleted. The merge is written to the audit log; the last merge can be undone from the Tools menu.</translation>
    </message>
    <message>
        <source>合并到保留的客户</source>
        <translation>Merge into the kept customer</translation>
    </message>
    <message>
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保留：</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>正在比对客户资料…</source>
        <translation>Comparing customers…</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 对疑似重复的客户</source>
        <translation>
            <numerusform>Found %n likely duplicate pair</numerusform>
            <numerusform>Found %n likely duplicate pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>档案材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>家庭与关系</source>
        <translation>Family and relations</translation>
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
        <translation>Status</translation>
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
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
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
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>建档时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <source>把 {0} 合并到 {1}？{0} 的全部记录将转到 {1} 名下，{0} 随后删除。</source>
        <translation>Merge {0} into {1}? All records of {0} move to {1}, and {0} is then deleted.</translation>
    </message>
    <message>
        <source>正在转移记录…</source>
        <translation>Moving the records…</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>还没有客户。点“新建客户”添加，或用“文件 ▸ 从 Excel 导入”导入原来的表格。</source>
        <translation>No customers yet. Click “New customer” to add one, or bring in your old spreadsheet with “File ▸ Import from Excel”.</translation>
    </message>
    <message>
        <source>还没有保单。点“新建保单”录入，或从 Excel 导入；客户的 360 视图里也可新增。</source>
        <translation>No policies yet. Click “New policy” to enter one, or import them from Excel; a customer's 360 view can add one too.</translation>
    </message>
    <message>
        <source>新建保单…</source>
        <translation>New policy…</translation>
    </message>
    <message>
        <source>还没有缴费记录。在保单上点右键“生成缴费计划”，各期会按缴费方式排好。</source>
        <translation>No payments yet. Right-click a policy and choose “Generate payment schedule” to lay out its instalments.</translation>
    </message>
    <message>
        <source>还没有理赔。客户报案时点“新建理赔”，材料清单会自动列出。</source>
        <translation>No claims yet. When a customer reports one, click “New claim”: the list of materials is filled in for you.</translation>
    </message>
    <message>
        <source>新建理赔…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <source>还没有沟通记录。电话或拜访后记一笔；写上回访日期，到时会出现在“今日”。</source>
        <translation>No contact log yet. Note each call or visit; give a follow-up date and it will appear in “Today” when due.</translation>
    </message>
    <message>
        <source>新建沟通记录…</source>
        <translation>New contact entry…</translation>
    </message>
    <message>
        <source>还没有投诉记录。收到投诉时点“新建投诉”，处理时限会在“今日”提醒。</source>
        <translation>No complaints recorded. When one comes in, click “New complaint”: “Today” will remind you of its deadline.</translation>
    </message>
    <message>
        <source>新建投诉…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <source>没有符合当前筛选条件的记录。</source>
        <translation>No records match the current filters.</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>没有找到与“{0}”相符的记录。请检查拼写，或换用拼音首字母、手机尾号、保单号。</source>
        <translation>Nothing matches “{0}”. Check the spelling, or try pinyin initials, the last digits of a mobile number, or a policy number.</translation>
    </message>
    <message>
        <source>新建客户“{0}”…</source>
        <translation>New customer “{0}”…</translation>
    </message>
    <message>
        <source>新建客户…</source>
        <translation>New customer…</translation>
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
    <name>ExcelImportWizard</name>
    <message>
        <source>从 Excel 导入客户</source>
        <translation>Import customers from Excel</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择文件</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>选择要导入的 Excel 工作簿（.xlsx）或 CSV 文件。导入前会先显示预览，确认后才写入数据库。</source>
        <translation>Choose the Excel workbook (.xlsx) or CSV file to import. You will see a preview first; nothing is written to the database until you confirm.</translation>
    </message>
    <message>
        <source>文件路径</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation>Download the import template…</translation>
    </message>
    <message>
        <source>列名、示例行和下拉选项都已备好，填好后在这里选择它导入</source>
        <translation>Headers, example rows and drop-down choices are ready: fill it in, then choose it here to import</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>标题行（列名所在的行）：</source>
        <translation>Header row (the row with the column names):</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</source>
        <translation>Excel or CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>客户导入模板.xlsx</source>
        <translation>customer import template.xlsx</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>导入模板已保存到 {path}。填好后在上面选择它导入。</source>
        <translation>The import template was saved to {path}. Fill it in, then choose it above to import it.</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>工作表“{sheet}”：第 {row} 行是标题行，其下共 {rows} 行。</source>
        <translation>Sheet “{sheet}”: row {row} is the header row, with {rows} rows below it.</translation>
    </message>
    <message>
        <source>已套用保存的列对应关系“{name}”。</source>
        <translation>The saved column mapping “{name}” has been applied.</translation>
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
        <source>正在创建加密档案…</source>
        <translation>Creating the encrypted archive…</translation>
    </message>
    <message>
        <source>正在生成演示客户和保单…</source>
        <translation>Generating demo customers and policies…</translation>
    </message>
    <message>
        <source>正在写入演示数据…</source>
        <translation>Writing the demo data…</translation>
    </message>
    <message>
        <source>创建档案</source>
        <translation>Creating the archive</translation>
    </message>
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
        <source>在营业部工作、档案保存在营业部的服务器上？不必在这台电脑上建立档案，直接连接即可。</source>
        <translation>Working in a branch whose archive is on the branch's server? No archive needs to be made on this computer: just connect.</translation>
    </message>
    <message>
        <source>连接营业部服务器…</source>
        <translation>Connect to the branch server…</translation>
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
    <name>HandoverDialog</name>
    <message>
        <source>移交 {0} 的客户</source>
        <translation>Hand over {0}'s customers</translation>
    </message>
    <message>
        <source>全部选中</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>移交后打印移交清单</source>
        <translation>Print the handover list afterwards</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>{0} 名下的客户（{1} 位）：</source>
        <translation>Customers of {0} ({1}):</translation>
    </message>
    <message>
        <source>请选择接收人和要移交的客户。</source>
        <translation>Choose the receiver and the customers to hand over.</translation>
    </message>
    <message>
        <source>保存移交清单</source>
        <translation>Save the handover list</translation>
    </message>
    <message>
        <source>打印移交清单</source>
        <translation>Print the handover list</translation>
    </message>
</context>
<context>
    <name>IdCardPrefill</name>
    <message>
        <source>从身份证照片填写…</source>
        <translation>Fill from ID card photo…</translation>
    </message>
    <message>
        <source>在本机识别身份证正面照片，填写姓名、性别、出生日期、住址和身份证号；背面照片可核对签发机关和有效期限。保存前请逐项核对</source>
        <translation>Reads a photo of the ID card's front on this computer and fills in name, sex, date of birth, address and ID number; a photo of the back shows the issuing authority and validity period for checking. Check every field before saving</translation>
    </message>
    <message>
        <source>选择身份证照片（正面或背面）</source>
        <translation>Choose a photo of the ID card (front or back)</translation>
    </message>
    <message>
        <source>照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>身份证背面：</source>
        <translation>Back of the ID card:</translation>
    </message>
    <message>
        <source>签发机关：{0}</source>
        <translation>Issuing authority: {0}</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>有效期限：{0} 至 {1}</source>
        <translation>Valid: {0} to {1}</translation>
    </message>
    <message>
        <source>客户资料中没有签发机关和有效期限两项，仅供核对，未填写。</source>
        <translation>Customer records have no fields for the issuing authority and validity period; shown for checking only, nothing filled in.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>address</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>已按身份证照片填写：{0}。请逐项核对，确认无误后再保存。</source>
        <translation>Filled from the ID card photo: {0}. Check every field before saving.</translation>
    </message>
    <message>
        <source>照片中没有读到可填写的内容。</source>
        <translation>Nothing that could be filled in was read in the photo.</translation>
    </message>
    <message>
        <source>照片上的{0}与已填写的不同，保留了已填写的。</source>
        <translation>The photo's {0} differs from what was already entered; what was entered is kept.</translation>
    </message>
    <message>
        <source>民族：{0}（客户资料中没有此项，未填写）</source>
        <translation>Ethnicity: {0} (the customer record has no such field; not filled)</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>数据库口令</source>
        <translation>Database passphrase</translation>
    </message>
    <message>
        <source>营业部服务器口令</source>
        <translation>Branch server password</translation>
    </message>
    <message>
        <source>应用密码</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>请输入营业部服务器的口令。</source>
        <translation>Enter your password for the branch server.</translation>
    </message>
    <message>
        <source>口令不正确。</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>请输入数据库口令。</source>
        <translation>Please enter the database passphrase.</translation>
    </message>
    <message>
        <source>应用密码不正确。</source>
        <translation>Wrong app password.</translation>
    </message>
    <message>
        <source>系统密钥环中没有这个数据库的密钥。请使用恢复密钥。</source>
        <translation>The system keyring holds no key for this database. Please use the recovery key.</translation>
    </message>
    <message>
        <source>请先输入应用密码，再使用恢复密钥。</source>
        <translation>Enter the app password first, then use the recovery key.</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>重复情况</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>借出纸质档案 – {0}</source>
        <translation>Lend paper file – {0}</translation>
    </message>
    <message>
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>借阅用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>借出日期</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>LoansDialog</name>
    <message>
        <source>档案借阅登记</source>
        <translation>Paper file loans</translation>
    </message>
    <message>
        <source>只看未归还</source>
        <translation>Only files still out</translation>
    </message>
    <message>
        <source>登记归还</source>
        <translation>Record return</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，逾期 %n 条</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>agentbook 已锁定</source>
        <translation>agentbook is locked</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>使用恢复密钥…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <source>与营业部服务器“{0}”的连接已关闭，口令已从内存中清除。</source>
        <translation>The connection to the branch server “{0}” is closed and the password cleared from memory.</translation>
    </message>
    <message>
        <source>数据库“{0}”已关闭，密钥已从内存中清除。</source>
        <translation>Database “{0}” is closed and its key cleared from memory.</translation>
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
        <source>从 Excel 导入(&amp;I)…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>连接营业部服务器(&amp;N)…</source>
        <translation>Con&amp;nect to the branch server…</translation>
    </message>
    <message>
        <source>断开营业部服务器，改用本机档案</source>
        <translation>Disconnect from the branch server, use the local archive</translation>
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
        <source>登记投诉…</source>
        <translation>Register a complaint…</translation>
    </message>
    <message>
        <source>按规则重新计算客户价值…</source>
        <translation>Recompute customer value tiers…</translation>
    </message>
    <message>
        <source>提醒与客户分层设置…</source>
        <translation>Reminders and value tiers…</translation>
    </message>
    <message>
        <source>个人信息请求…</source>
        <translation>Personal information requests…</translation>
    </message>
    <message>
        <source>查找重复客户…</source>
        <translation>Find duplicate customers…</translation>
    </message>
    <message>
        <source>撤销上次合并…</source>
        <translation>Undo last merge…</translation>
    </message>
    <message>
        <source>批量登记缴费…</source>
        <translation>Record received premiums…</translation>
    </message>
    <message>
        <source>佣金对账…</source>
        <translation>Commission reconciliation…</translation>
    </message>
    <message>
        <source>档案借阅登记…</source>
        <translation>Paper file loans…</translation>
    </message>
    <message>
        <source>产品目录…</source>
        <translation>Product catalogue…</translation>
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
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>改用本机档案</source>
        <translation>Use the local archive</translation>
    </message>
    <message>
        <source>断开营业部服务器，打开本机的加密档案？下次启动时也打开本机档案。</source>
        <translation>Disconnect from the branch server and open the encrypted archive on this computer? It will also open at the next start.</translation>
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
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>agentbook 保险客户档案 – 营业部服务器 {0}</source>
        <translation>agentbook insurance customer archive – branch server {0}</translation>
    </message>
    <message>
        <source>营业部服务器：{0}（{1}）</source>
        <translation>Branch server: {0} ({1})</translation>
    </message>
    <message>
        <source>档案保存在营业部的 PostgreSQL 服务器上</source>
        <translation>The archive is kept on the branch's PostgreSQL server</translation>
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
        <source>客户价值</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>按当前阈值（年化保费、有效保单件数、客户年限）重新计算所有客户的价值分层？</source>
        <translation>Recompute every customer's value tier with the current thresholds (annualised premium, policies in force, years as a customer)?</translation>
    </message>
    <message>
        <source>正在重新计算客户价值分层…</source>
        <translation>Recomputing customer value tiers…</translation>
    </message>
    <message numerus="yes">
        <source>已重新计算，%n 位客户的价值分层有变化。</source>
        <translation>
            <numerusform>Recomputed: %n customer changed tier.</numerusform>
            <numerusform>Recomputed: %n customers changed tier.</numerusform>
        </translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>正在核对审计日志…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <source>审计日志完整，未发现篡改。</source>
        <translation>The audit log is intact; no tampering found.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>缴费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>沟通</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>为每一列选择要导入的字段。常见的列名已自动对应；不需要的列选“（不导入）”。“客户姓名”必须对应一列。</source>
        <translation>Choose the field each column is imported as. Common column names have been matched already; set columns you do not need to “(not imported)”. One column must be the customer name.</translation>
    </message>
    <message>
        <source>表格中的列</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>示例内容</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>保存当前对应关系…</source>
        <translation>Save this mapping…</translation>
    </message>
    <message>
        <source>表格中没有保险公司时使用</source>
        <translation>Used when the sheet names no insurer</translation>
    </message>
    <message>
        <source>（按产品名称判断，判断不出则报错）</source>
        <translation>(from the product name; an error when it cannot be told)</translation>
    </message>
    <message>
        <source>已保存的对应关系：</source>
        <translation>Saved mappings:</translation>
    </message>
    <message>
        <source>默认保险公司：</source>
        <translation>Default insurer:</translation>
    </message>
    <message>
        <source>默认险种：</source>
        <translation>Default business line:</translation>
    </message>
    <message>
        <source>（自动对应）</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>请为“客户姓名”选择一列。</source>
        <translation>Choose the column that holds the customer name.</translation>
    </message>
    <message>
        <source>这些字段对应了不止一列：{fields}</source>
        <translation>These fields are chosen for more than one column: {fields}</translation>
    </message>
    <message>
        <source>表格中没有“保险公司”列：请在下面填写或选择默认保险公司。</source>
        <translation>The sheet has no “Insurer” column: enter or choose a default insurer below.</translation>
    </message>
    <message>
        <source>保存对应关系</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>名称（下次导入同样格式的表格时会自动套用）：</source>
        <translation>Name (applied automatically the next time a sheet with these columns is imported):</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <source>登记缴费</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>实缴金额（元）</source>
        <translation>Amount paid (yuan)</translation>
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
        <source>保单 {0} 第 {1} 期，应缴日期 {2}，应缴金额 {3} 元</source>
        <translation>Policy {0}, instalment {1}, due {2}, amount due {3} yuan</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>没有可以撤销的合并。</source>
        <translation>There is no merge to undo.</translation>
    </message>
    <message>
        <source>撤销 {0} 把 {1}（{2}）并入 {3} 的合并？所有记录将恢复到合并前的样子。</source>
        <translation>Undo the merge of {1} ({2}) into {3} made {0}? Every record goes back to how it was before.</translation>
    </message>
    <message>
        <source>正在恢复合并前的记录…</source>
        <translation>Restoring the records as they were before the merge…</translation>
    </message>
</context>
<context>
    <name>OverseerWindow</name>
    <message>
        <source>agentbook 保险客户档案 – 营业部服务器 {0}</source>
        <translation>agentbook insurance customer archive – branch server {0}</translation>
    </message>
    <message>
        <source>{0}（{1}），您在营业部的角色：{2}</source>
        <translation>{0} ({1}), your roles in the branch: {2}</translation>
    </message>
    <message>
        <source>访问记录…</source>
        <translation>Access log…</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>档案借阅登记…</source>
        <translation>Paper file loans…</translation>
    </message>
</context>
<context>
    <name>PaperBox</name>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>{0} 号柜</source>
        <translation>cabinet {0}</translation>
    </message>
    <message>
        <source>{0} 盒</source>
        <translation>box {0}</translation>
    </message>
    <message>
        <source>{0} 卷</source>
        <translation>folder {0}</translation>
    </message>
    <message>
        <source>纸质档案</source>
        <translation>Paper file</translation>
    </message>
    <message>
        <source>设置位置…</source>
        <translation>Set location…</translation>
    </message>
    <message>
        <source>借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <source>登记归还</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>存放位置：{0}</source>
        <translation>Location: {0}</translation>
    </message>
    <message>
        <source>在档（未借出）</source>
        <translation>In the archive (not lent)</translation>
    </message>
    <message>
        <source>已借出：{0}，{1} 借出，应于 {2} 归还</source>
        <translation>Lent to {0} on {1}, due back {2}</translation>
    </message>
    <message numerus="yes">
        <source>（已逾期 %n 天）</source>
        <translation>
            <numerusform> (%n day overdue)</numerusform>
            <numerusform> (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperLocationDialog</name>
    <message>
        <source>纸质档案位置 – {0}</source>
        <translation>Paper file location – {0}</translation>
    </message>
    <message>
        <source>柜</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>盒</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>卷/夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ParsedValuesTable</name>
    <message>
        <source>其他联系方式</source>
        <translation>Other contact details</translation>
    </message>
    <message>
        <source>需要跟进</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>不需要跟进</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>双击改正</source>
        <translation>Double-click to correct</translation>
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
    <message>
        <source>登记缴费…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>批量登记缴费…</source>
        <translation>Record received premiums…</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>人员与权限</source>
        <translation>People and roles</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>每人用自己的登录名连接服务器。业务员只看到自己名下和别人共享给他的客户；档案管理员看到客户身份、纸质档案位置和借阅，看不到健康、财务备注和附件内容；经理看到全部并审批信息变更；审计员只看操作日志和访问记录。人员只能停用，不能删除：他经手的记录和日志都保留。</source>
        <translation>Each person connects with their own login. An agent sees only their own customers and those shared with them; the archivist sees customers' identity, paper file locations and loans, but no health or financial notes and no attachment content; the manager sees everything and approves changes; the auditor sees only the audit log and the access log. People are disabled, never deleted: the records and log entries they made are kept.</translation>
    </message>
    <message>
        <source>添加人员…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <source>重设口令…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>停用…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>移交客户…</source>
        <translation>Hand over customers…</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>重设 {0} 的口令</source>
        <translation>Reset {0}'s password</translation>
    </message>
    <message>
        <source>重设口令</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>已重设 {0} 的口令。</source>
        <translation>{0}'s password was reset.</translation>
    </message>
    <message>
        <source>停用 {0}？停用后他不能再登录，也立即看不到任何客户。他经手的记录和日志都保留。</source>
        <translation>Disable {0}? They can no longer sign in and at once see no customer. The records and log entries they made are kept.</translation>
    </message>
    <message>
        <source>他名下还有 {0} 位客户，请随后移交给其他业务员。</source>
        <translation>{0} customers are still theirs: hand them over to another agent next.</translation>
    </message>
    <message>
        <source>停用人员</source>
        <translation>Disable a person</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>添加人员</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>小写字母开头，如 wangxm</source>
        <translation>starts with a lower-case letter, e.g. wangxm</translation>
    </message>
    <message>
        <source>如 王小明</source>
        <translation>e.g. Wang Xiaoming</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始口令</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
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
        <source>宽限期（天）</source>
        <translation>Grace period (days)</translation>
    </message>
    <message>
        <source>合同约定的宽限期；不填按设置中的宽限期（法定 60 天）</source>
        <translation>The grace period the contract sets; when not set, the one in the settings (60 days by law)</translation>
    </message>
    <message>
        <source>按设置</source>
        <translation>As in settings</translation>
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
    <name>PolicyPrefill</name>
    <message>
        <source>从保单照片填写…</source>
        <translation>Fill from a policy photo…</translation>
    </message>
    <message>
        <source>在本机识别保单首页的照片或扫描件，填写保单号、投保人、被保险人、保额、保费和保险期间；保存前请逐项核对</source>
        <translation>Reads a photo or scan of the policy's first page on this computer and fills in policy no., policyholder, insured, sum insured, premium and period; check every field before saving</translation>
    </message>
    <message>
        <source>选择保单首页的照片或扫描件</source>
        <translation>Choose a photo or scan of the policy's first page</translation>
    </message>
    <message>
        <source>照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf)</translation>
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
        <source>保额</source>
        <translation>Sum insured</translation>
    </message>
    <message>
        <source>保费</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Expiry date</translation>
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
        <source>已按保单照片填写：{0}。请逐项核对，确认无误后再保存。</source>
        <translation>Filled in from the policy photo: {0}. Check every field and save only when it is right.</translation>
    </message>
    <message>
        <source>照片中没有读到可填写的保单内容。</source>
        <translation>Nothing of a policy that could be filled in was read in the photo.</translation>
    </message>
    <message>
        <source>照片上的{0}与已填写的不同，保留了已填写的。</source>
        <translation>The photo's {0} differs from what was already entered; what was entered is kept.</translation>
    </message>
    <message>
        <source>保险期间为终身，到期日期留空。</source>
        <translation>The period is whole of life; the expiry date is left empty.</translation>
    </message>
    <message>
        <source>{0}“{1}”不在客户中，请先新建客户再选择。</source>
        <translation>{0} “{1}” is not among the customers; create the customer first, then choose them.</translation>
    </message>
    <message>
        <source>有 {0} 位客户名为“{1}”，请选择{2}。</source>
        <translation>{0} customers are named “{1}”; please choose the {2}.</translation>
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
    <message>
        <source>续保…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>生成缴费计划</source>
        <translation>Generate payment schedule</translation>
    </message>
    <message>
        <source>标记失效…</source>
        <translation>Mark lapsed…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>检查将要导入的内容。有错误的行不会导入；重复的客户请逐行选择处理方式。</source>
        <translation>Check what will be imported. Rows with errors are not imported; for each duplicate, choose what to do.</translation>
    </message>
    <message>
        <source>全部设为…</source>
        <translation>Set all to…</translation>
    </message>
    <message>
        <source>保存问题报告（Excel）…</source>
        <translation>Save problem report (Excel)…</translation>
    </message>
    <message>
        <source>只看有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>问题（按行）：</source>
        <translation>Problems (by row):</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在读取并检查 {count} 行…</source>
        <translation>Reading and checking {count} rows…</translation>
    </message>
    <message>
        <source>读取结果（共 {count} 行）：请核对金额、日期是否读对。标红的单元格有问题，双击即可改正（原文件不变）。</source>
        <translation>As read ({count} rows): check that amounts and dates were read right. Cells in red have a problem: double-click to correct them (the file is not changed).</translation>
    </message>
    <message>
        <source>共 {rows} 行数据。将新建客户 {customers_new} 位、更新客户 {customers_updated} 位；新建保单 {policies_new} 份、更新保单 {policies_updated} 份；缴费记录 {payments} 条，理赔 {claims} 件，沟通记录 {contacts} 条。</source>
        <translation>{rows} data rows. Will create {customers_new} customers and update {customers_updated}; create {policies_new} policies and update {policies_updated}; {payments} payments, {claims} claims, {contacts} contact log entries.</translation>
    </message>
    <message>
        <source>{count} 行有错误，不会导入。</source>
        <translation>{count} rows have errors and will not be imported.</translation>
    </message>
    <message numerus="yes">
        <source>已在预览中改正 %n 个单元格。</source>
        <translation>
            <numerusform>%n cell corrected in the preview.</numerusform>
            <numerusform>%n cells corrected in the preview.</numerusform>
        </translation>
    </message>
    <message>
        <source>没有可以导入的内容。</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>重复（{count} 处，默认跳过）：</source>
        <translation>Duplicates ({count}, skipped unless you choose otherwise):</translation>
    </message>
    <message>
        <source>没有发现重复的客户。</source>
        <translation>No duplicate customers found.</translation>
    </message>
    <message>
        <source>保存问题报告</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消导入，没有写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>导入未完成</source>
        <translation>Import not completed</translation>
    </message>
</context>
<context>
    <name>ProductCatalogueDialog</name>
    <message>
        <source>产品目录</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>未填写保险公司的条目适用于任何保险公司；新建保单时输入产品名称即可按目录填入保障责任。</source>
        <translation>Entries without an insurer apply to any insurer. Typing a product name in a new policy fills its cover from the catalogue.</translation>
    </message>
    <message>
        <source>终身</source>
        <translation>Whole life</translation>
    </message>
    <message numerus="yes">
        <source>%n 年</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>从目录中删除“{0}”？已录入的保单不受影响。</source>
        <translation>Delete “{0}” from the catalogue? Policies already entered are not affected.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>编辑产品</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>新增产品</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>未说明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>0 表示终身</source>
        <translation>0 means whole life</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Business line</translation>
    </message>
    <message>
        <source>保障类型</source>
        <translation>Kinds of cover</translation>
    </message>
    <message>
        <source>常见保险期间</source>
        <translation>Usual period</translation>
    </message>
    <message>
        <source>等待期（天）</source>
        <translation>Waiting period (days)</translation>
    </message>
    <message>
        <source>免赔额（医疗）</source>
        <translation>Deductible (medical)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>QuickPaymentsDialog</name>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>输入</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>期次</source>
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
        <source>实缴金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>批量登记缴费</source>
        <translation>Record received premiums</translation>
    </message>
    <message>
        <source>每行一笔：保单号或投保人姓名、金额、日期（可省略，默认今天），可从银行流水或表格粘贴。例如：</source>
        <translation>One premium per line: policy number or policyholder's name, amount, date (optional, today if left out); paste from a bank statement or a sheet. For example:</translation>
    </message>
    <message>
        <source>核对（Ctrl+Enter）</source>
        <translation>Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>缴费方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>核对失败</source>
        <translation>Checking failed</translation>
    </message>
    <message>
        <source>可以登记</source>
        <translation>Ready</translation>
    </message>
    <message numerus="yes">
        <source>登记 %n 笔</source>
        <translation>
            <numerusform>Record %n payment</numerusform>
            <numerusform>Record %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 行</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 行需要核对</source>
        <translation>
            <numerusform>%n needs checking</numerusform>
            <numerusform>%n need checking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已登记 %n 笔缴费，并记入操作日志。</source>
        <translation>
            <numerusform>Recorded %n payment, written to the audit log.</numerusform>
            <numerusform>Recorded %n payments, written to the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>登记失败，没有写入任何一笔</source>
        <translation>Recording failed; nothing was written</translation>
    </message>
</context>
<context>
    <name>ReadStoredScan</name>
    <message>
        <source>识别文字</source>
        <translation>Read text</translation>
    </message>
    <message>
        <source>在本机识别所选扫描件或 PDF 中的文字，之后可按文字查找</source>
        <translation>Read the text of the selected scan or PDF on this computer, so it can be found by its words</translation>
    </message>
    <message>
        <source>“{0}”不是图片或 PDF，无法识别文字。</source>
        <translation>“{0}” is not an image or a PDF; its text cannot be read.</translation>
    </message>
    <message>
        <source>已识别“{0}”的 {1} 页文字，可按其中的字词查找。</source>
        <translation>Read {1} page(s) of “{0}”; it can now be found by its words.</translation>
    </message>
    <message>
        <source>按文字看，它像是“{0}”。</source>
        <translation> From its text, it looks like “{0}”.</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>佣金对账</source>
        <translation>Commission reconciliation</translation>
    </message>
    <message>
        <source>全部保险公司</source>
        <translation>All insurers</translation>
    </message>
    <message>
        <source>只看未到账</source>
        <translation>Only missing</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>登记到账…</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Premium paid</translation>
    </message>
    <message>
        <source>按月份和保险公司汇总</source>
        <translation>Totals by month and insurer</translation>
    </message>
    <message>
        <source>明细（按缴费期）</source>
        <translation>Lines (per instalment)</translation>
    </message>
    <message numerus="yes">
        <source>应收佣金 {0} 元 · 已到账 {1} 元 · 未到账 {2} 元（%n 笔）</source>
        <translation>
            <numerusform>Expected {0} yuan · received {1} yuan · missing {2} yuan (%n line)</numerusform>
            <numerusform>Expected {0} yuan · received {1} yuan · missing {2} yuan (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Lines</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>清空日期</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>表单已换成最新保存的内容；点“重新应用我的修改”可放回您刚才的输入，核对后再保存。</source>
        <translation>The form now shows the latest saved values; click “Re-apply my changes” to put back what you typed, check it, then save.</translation>
    </message>
    <message>
        <source>重新应用我的修改</source>
        <translation>Re-apply my changes</translation>
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
        <source>保存视图…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>把当前的筛选、排序和列保存为一个有名字的视图，下次一点即到</source>
        <translation>Save the current filters, order and columns as a named view, one click away next time</translation>
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
        <source>拖动列标题可调整顺序，拖动边线可调整宽度</source>
        <translation>Drag a column heading to move it, its edge to resize it</translation>
    </message>
    <message>
        <source>恢复默认顺序</source>
        <translation>Restore default order</translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation>Save the current filters as a view…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>使用恢复密钥打开</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <source>请输入数据库“{0}”的恢复密钥（打印的纸上 14 组、共 56 个字符）。大小写、空格和短横线都可以随意。打开后密钥会重新存入系统密钥环，下次无需再输入。</source>
        <translation>Enter the recovery key of database “{0}” (14 groups, 56 characters on the printed page). Case, spaces and dashes do not matter. Once open, the key is stored in the system keyring again, so you need not type it next time.</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>校验通过，可以打开。</source>
        <translation>Check passed; ready to open.</translation>
    </message>
    <message>
        <source>第 {0} 组里有恢复密钥中不会出现的字符（例如 U 或标点）。</source>
        <translation>Group {0} holds a character that never appears in a recovery key (such as U or punctuation).</translation>
    </message>
    <message>
        <source>已输入 {0} / {1} 个字符。</source>
        <translation>{0} / {1} characters entered.</translation>
    </message>
    <message>
        <source>校验不通过：请核对第 {0} 组。</source>
        <translation>Check failed: please verify group {0}.</translation>
    </message>
    <message>
        <source>校验不通过：有字符输错了，请逐组核对。</source>
        <translation>Check failed: a character is wrong; please verify each group.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>请保存恢复密钥</source>
        <translation>Save your recovery key</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>稍后提醒我</source>
        <translation>Remind me later</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>请保存恢复密钥</source>
        <translation>Save your recovery key</translation>
    </message>
    <message>
        <source>换电脑或系统密钥环丢失时，只有它能打开档案。</source>
        <translation>When you change computers or lose the system keyring, only this key opens the archive.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>您的客户档案已加密。这是它的&lt;b&gt;恢复密钥&lt;/b&gt;。</source>
        <translation>Your customer archive is encrypted. This is its &lt;b&gt;recovery key&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>密钥已更换。这是&lt;b&gt;新的恢复密钥&lt;/b&gt;，旧的恢复密钥从现在起作废。</source>
        <translation>The key was changed. This is the &lt;b&gt;new recovery key&lt;/b&gt;; the old one no longer works.</translation>
    </message>
    <message>
        <source>这是当前数据库的&lt;b&gt;恢复密钥&lt;/b&gt;。</source>
        <translation>This is the &lt;b&gt;recovery key&lt;/b&gt; of the current database.</translation>
    </message>
    <message>
        <source>平时密钥保存在本机的系统密钥环里，不需要输入。换电脑、重装系统或密钥环丢失时，只有恢复密钥能打开这些数据。</source>
        <translation>Normally the key lives in this computer's system keyring and you never type it. After a new computer, a reinstall or a lost keyring, only the recovery key opens this data.</translation>
    </message>
    <message>
        <source>没有恢复密钥，数据将永远无法读取——任何人（包括开发者）都无法帮您恢复。</source>
        <translation>Without the recovery key the data can never be read again — nobody, not even the developers, can recover it for you.</translation>
    </message>
    <message>
        <source>数据库：{0}    密钥指纹：{1}</source>
        <translation>Database: {0}    Key fingerprint: {1}</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>我已打印或抄写恢复密钥，并放在安全的地方（不在这台电脑里）</source>
        <translation>I have printed or written down the recovery key and put it in a safe place (not on this computer)</translation>
    </message>
    <message>
        <source>agentbook 恢复密钥</source>
        <translation>agentbook recovery key</translation>
    </message>
    <message>
        <source>数据库文件：{0}</source>
        <translation>Database file: {0}</translation>
    </message>
    <message>
        <source>密钥指纹：{0}</source>
        <translation>Key fingerprint: {0}</translation>
    </message>
    <message>
        <source>生成时间：{0}</source>
        <translation>Made: {0}</translation>
    </message>
    <message>
        <source>恢复密钥（56 个字符，14 组）</source>
        <translation>Recovery key (56 characters, 14 groups)</translation>
    </message>
    <message>
        <source>这把密钥就是这个数据库的加密密钥。平时它保存在本机的系统密钥环里，打开程序时不需要输入。</source>
        <translation>This is the encryption key of the database. Normally it lives in the computer's system keyring and is never typed.</translation>
    </message>
    <message>
        <source>换电脑、重装系统或密钥环丢失后，打开 agentbook 时选择“使用恢复密钥”，输入上面的字符即可：</source>
        <translation>After a new computer, a reinstall or a lost keyring, choose “Use recovery key” when agentbook opens and type the characters above:</translation>
    </message>
    <message>
        <source>不区分大小写，短横线和空格可输可不输；字母 O 当作数字 0，字母 I、L 当作数字 1。</source>
        <translation>Case does not matter, dashes and spaces are optional; the letter O counts as zero, the letters I and L as one.</translation>
    </message>
    <message>
        <source>输错一个字符时，程序会指出是第几组有误。</source>
        <translation>If one character is wrong, the program names the group it is in.</translation>
    </message>
    <message>
        <source>没有系统密钥环中的密钥、也没有这张恢复密钥时，数据将永远无法读取——任何人（包括开发者）都无法帮您恢复。</source>
        <translation>Without the key in the system keyring and without this recovery key the data can never be read — nobody, not even the developers, can recover it.</translation>
    </message>
    <message>
        <source>请把这张纸放在安全的地方（例如保险柜），不要拍照、不要存放在电脑或网盘里。</source>
        <translation>Keep this page in a safe place (such as a safe); do not photograph it or keep it on a computer or cloud drive.</translation>
    </message>
    <message>
        <source>更换密钥后这张纸即作废，请打印新的恢复密钥并销毁旧的。</source>
        <translation>After a key change this page is void; print the new recovery key and destroy the old one.</translation>
    </message>
    <message>
        <source>保存位置：________________    保存日期：____________    保管人签名：____________</source>
        <translation>Kept at: ________________    Date: ____________    Keeper's signature: ____________</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件里是明文的恢复密钥。请打印后立即删除这个文件，不要留在电脑、U 盘或网盘里。</source>
        <translation>The PDF holds the recovery key in plain text. Print it and delete the file at once; do not leave it on a computer, USB stick or cloud drive.</translation>
    </message>
    <message>
        <source>保存恢复密钥</source>
        <translation>Save recovery key</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <source>新建对方（家庭成员）…</source>
        <translation>Create the other party (family member)…</translation>
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
    <name>RenewDialog</name>
    <message>
        <source>续保</source>
        <translation>Renew policy</translation>
    </message>
    <message>
        <source>新保单号</source>
        <translation>New policy no.</translation>
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
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>保费（元）</source>
        <translation>Premium (yuan)</translation>
    </message>
    <message>
        <source>保额（元）</source>
        <translation>Sum insured (yuan)</translation>
    </message>
    <message>
        <source>生成缴费计划</source>
        <translation>Generate payment schedule</translation>
    </message>
    <message>
        <source>续保自：{0}</source>
        <translation>Renewal of: {0}</translation>
    </message>
    <message>
        <source>投保人、被保险人、受益人和缴费方式沿用原保单；保存后原保单不再出现在到期提醒中。</source>
        <translation>Policyholder, insured, beneficiaries and payment mode carry over; once saved, the old policy leaves the expiry reminders.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>备份文件“{0}”已复制并完整校验（页校验、结构检查、外键检查）。</source>
        <translation>Backup “{0}” was copied and fully verified (page checks, structure, foreign keys).</translation>
    </message>
    <message>
        <source>恢复后，当前数据库会被移到一旁保留（不会删除），程序改用备份中的数据。</source>
        <translation>On restore, the current database is set aside (not deleted) and the program uses the backup's data.</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>备份中</source>
        <translation>In backup</translation>
    </message>
    <message>
        <source>当前数据库</source>
        <translation>Current database</translation>
    </message>
    <message>
        <source>替换当前数据库</source>
        <translation>Replace current database</translation>
    </message>
    <message>
        <source>我已了解上述问题，仍要用这份备份替换当前数据库</source>
        <translation>I understand the problems above and still want to replace the current database with this backup</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>已导入 {rows} 行：新建客户 {customers_new} 位，更新客户 {customers_updated} 位；新建保单 {policies_new} 份，更新保单 {policies_updated} 份；缴费记录 {payments} 条，理赔 {claims} 件，沟通记录 {contacts} 条。</source>
        <translation>{rows} rows imported: {customers_new} customers created, {customers_updated} updated; {policies_new} policies created, {policies_updated} updated; {payments} payments, {claims} claims, {contacts} contact log entries.</translation>
    </message>
    <message>
        <source>这次导入已记入操作日志。</source>
        <translation>This import has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>到期销毁</source>
        <translation>Due for destruction</translation>
    </message>
    <message>
        <source>已终止客户的档案在保管期满后应当销毁（《个人信息保护法》第四十七条）。保管年限在“设置 ▸ 安全”中设定。销毁前请确认没有未了结的理赔或纠纷。</source>
        <translation>Archives of terminated customers should be destroyed once their retention period is over (PIPL Art. 47). The number of years is set in Settings ▸ Security. Before destroying, make sure no claim or dispute is still open.</translation>
    </message>
    <message>
        <source>销毁所选…</source>
        <translation>Destroy selected…</translation>
    </message>
    <message>
        <source>到期待销毁</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>销毁记录</source>
        <translation>Destruction records</translation>
    </message>
    <message>
        <source>正在销毁并清理数据库文件…</source>
        <translation>Destroying and cleaning the database file…</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>客户 {0} 的个人信息已彻底清除。清除内容：{1}</source>
        <translation>The personal data of customer {0} was removed for good. Removed: {1}</translation>
    </message>
    <message>
        <source>销毁未完成，数据库保持原样</source>
        <translation>Destruction not done; the database is unchanged</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>打印家庭保障检视报告…</source>
        <translation>Print family cover review…</translation>
    </message>
    <message>
        <source>正在检视…</source>
        <translation>Reviewing…</translation>
    </message>
    <message>
        <source>保单检视未能完成</source>
        <translation>The policy review could not be completed</translation>
    </message>
    <message numerus="yes">
        <source>家庭成员 %n 人</source>
        <translation>
            <numerusform>%n household member</numerusform>
            <numerusform>%n household members</numerusform>
        </translation>
    </message>
    <message>
        <source>家庭年收入 {0} 元</source>
        <translation>Household income {0} yuan a year</translation>
    </message>
    <message>
        <source>年缴保费 {0} 元</source>
        <translation>Premiums {0} yuan a year</translation>
    </message>
    <message>
        <source>占收入 {0}%</source>
        <translation>{0}% of income</translation>
    </message>
    <message>
        <source>收入未登记</source>
        <translation>Income not recorded</translation>
    </message>
    <message numerus="yes">
        <source>保障缺口 %n 项</source>
        <translation>
            <numerusform>%n coverage gap</numerusform>
            <numerusform>%n coverage gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>保费负担偏高：超过家庭年收入的 {0}%</source>
        <translation>Premiums are a heavy burden: more than {0}% of household income</translation>
    </message>
    <message numerus="yes">
        <source>%n 份保单保费逾期，有失效风险</source>
        <translation>
            <numerusform>%n policy has overdue premium and may lapse</numerusform>
            <numerusform>%n policies have overdue premiums and may lapse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 份保单未登记保障类型，已按产品推断，请在保单中核对</source>
        <translation>
            <numerusform>%n policy has no kinds of cover recorded; they were guessed from the product, please check the policy</numerusform>
            <numerusform>%n policies have no kinds of cover recorded; they were guessed from the product, please check the policies</numerusform>
        </translation>
    </message>
    <message>
        <source>终身</source>
        <translation>for life</translation>
    </message>
    <message>
        <source>至 {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <source>重复保障</source>
        <translation>Duplicate cover</translation>
    </message>
    <message>
        <source>{0} {1}：应缴 {2}，逾期 {3} 天，宽限期至 {4}（{5}）</source>
        <translation>{0} {1}: due {2}, {3} days overdue, grace period until {4} ({5})</translation>
    </message>
    <message>
        <source>失效风险</source>
        <translation>Lapse risk</translation>
    </message>
    <message>
        <source>保存检视报告</source>
        <translation>Save review report</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开客户 360 视图</source>
        <translation>Open customer 360 view</translation>
    </message>
    <message>
        <source>显示敏感信息</source>
        <translation>Show sensitive data</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制姓名</source>
        <translation>Copy name</translation>
    </message>
    <message>
        <source>复制手机号</source>
        <translation>Copy mobile number</translation>
    </message>
    <message>
        <source>复制证件号码</source>
        <translation>Copy ID number</translation>
    </message>
    <message>
        <source>复制保单号 %1</source>
        <translation>Copy policy number %1</translation>
    </message>
    <message>
        <source>复制保单号</source>
        <translation>Copy policy number</translation>
    </message>
    <message numerus="yes">
        <source>复制所选 %n 行（发消息用）</source>
        <translation>
            <numerusform>Copy %n selected row (for a message)</numerusform>
            <numerusform>Copy %n selected rows (for a message)</numerusform>
        </translation>
    </message>
    <message>
        <source>为此客户新增</source>
        <translation>New for this customer</translation>
    </message>
    <message>
        <source>保单…</source>
        <translation>Policy…</translation>
    </message>
    <message>
        <source>沟通记录…</source>
        <translation>Contact entry…</translation>
    </message>
    <message>
        <source>缴费记录…</source>
        <translation>Payment…</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>Payment</translation>
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
    <name>ScanReader</name>
    <message>
        <source>正在本机识别文字…</source>
        <translation>Reading the text on this computer…</translation>
    </message>
    <message>
        <source>停止识别</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>正在本机识别文字：第 {0}/{1} 页</source>
        <translation>Reading the text on this computer: page {0}/{1}</translation>
    </message>
    <message>
        <source>正在停止…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>SecretPairDialog</name>
    <message>
        <source>当前口令</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>新的</source>
        <translation>New</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入不一致。</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>至少需要 {0} 个字符。</source>
        <translation>At least {0} characters are needed.</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>记录已提醒</source>
        <translation>Record reminders</translation>
    </message>
    <message numerus="yes">
        <source>%n 期缴费已提醒，提醒方式：</source>
        <translation>
            <numerusform>Reminded of %n instalment, by:</numerusform>
            <numerusform>Reminded of %n instalments, by:</numerusform>
        </translation>
    </message>
    <message>
        <source>已提醒缴费：保单 {policy} 第 {period} 期，应缴日 {due}</source>
        <translation>Reminded to pay: policy {policy}, instalment {period}, due {due}</translation>
    </message>
    <message>
        <source>跟进已完成</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>添加标签</source>
        <translation>Add tag</translation>
    </message>
    <message numerus="yes">
        <source>给所选 %n 位客户添加标签：</source>
        <translation>
            <numerusform>Tag to add to the %n selected customer:</numerusform>
            <numerusform>Tag to add to the %n selected customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>移除标签</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>正在读取所选客户的标签…</source>
        <translation>Reading the selected customers' tags…</translation>
    </message>
    <message numerus="yes">
        <source>从所选 %n 位客户移除标签：</source>
        <translation>
            <numerusform>Tag to remove from the %n selected customer:</numerusform>
            <numerusform>Tag to remove from the %n selected customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>所选 %n 期标记已缴…</source>
        <translation>Mark the %n selected instalment(s) paid…</translation>
    </message>
    <message>
        <source>所选 %n 期记录已提醒…</source>
        <translation>Record a reminder for the %n selected instalment(s)…</translation>
    </message>
    <message>
        <source>所选 %n 条标记已跟进</source>
        <translation>Mark the %n selected follow-up(s) done</translation>
    </message>
    <message>
        <source>给所选 %n 位客户添加标签…</source>
        <translation>Add a tag to the %n selected customer(s)…</translation>
    </message>
    <message>
        <source>从所选 %n 位客户移除标签…</source>
        <translation>Remove a tag from the %n selected customer(s)…</translation>
    </message>
    <message>
        <source>所选 %n 行</source>
        <translation>%n selected row(s)</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>编辑保全</source>
        <translation>Edit servicing request</translation>
    </message>
    <message>
        <source>新增保全</source>
        <translation>New servicing request</translation>
    </message>
    <message>
        <source>每行一份材料；已收到的在行首加 ✓</source>
        <translation>One document a line; put ✓ in front of those received</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>保全事项</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>金额（贷款、还款、退保）</source>
        <translation>Amount (loan, repayment, surrender)</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>新增保全…</source>
        <translation>New servicing request…</translation>
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
    <name>StatisticsTab</name>
    <message>
        <source>保存图片…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>保存图片</source>
        <translation>Save image</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>agentbook 统计 · 数据截至 {0} · {1}</source>
        <translation>agentbook statistics · data as of {0} · {1}</translation>
    </message>
    <message>
        <source>打开本页时计算统计数据。</source>
        <translation>The figures are computed when this page opens.</translation>
    </message>
    <message>
        <source>业绩按月</source>
        <translation>Results by month</translation>
    </message>
    <message>
        <source>业绩按季度</source>
        <translation>Results by quarter</translation>
    </message>
    <message>
        <source>业绩按年</source>
        <translation>Results by year</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>全部导出 Excel…</source>
        <translation>Export all to Excel…</translation>
    </message>
    <message>
        <source>正在计算统计数据…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <source>数据截至 {0}；金额单位：图中为万元，导出为元。</source>
        <translation>Data as of {0}; amounts in charts are in 10,000 yuan, in exports in yuan.</translation>
    </message>
</context>
<context>
    <name>SubjectRequestDialog</name>
    <message>
        <source>登记个人信息请求</source>
        <translation>Log a personal information request</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母、手机或证件号码后几位</source>
        <translation>Type a name, pinyin initials, or the last digits of a mobile or ID number</translation>
    </message>
    <message>
        <source>请求类型</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>请求内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>{0}（收到后 15 个工作日）</source>
        <translation>{0} (15 working days after receipt)</translation>
    </message>
</context>
<context>
    <name>SubjectRequestModel</name>
    <message>
        <source>（逾期答复）</source>
        <translation> (answered late)</translation>
    </message>
</context>
<context>
    <name>SubjectRequestsDialog</name>
    <message>
        <source>个人信息请求</source>
        <translation>Personal information requests</translation>
    </message>
    <message>
        <source>个人查阅、复制、更正、删除其个人信息或撤回同意的请求应及时受理；答复期限按收到后 15 个工作日计算。</source>
        <translation>Requests to access, copy, correct or delete personal information, or to withdraw consent, must be handled promptly; answers are due 15 working days after receipt.</translation>
    </message>
    <message>
        <source>登记请求…</source>
        <translation>Log a request…</translation>
    </message>
    <message>
        <source>答复…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>导出本人数据…</source>
        <translation>Export own data…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>处理中 %n 件</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，其中已超期 %n 件</source>
        <translation>
            <numerusform>, %n of them overdue</numerusform>
            <numerusform>, %n of them overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>逾期保费</source>
        <translation>Overdue premiums</translation>
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
        <source>失效预警</source>
        <translation>Lapse warnings</translation>
    </message>
    <message>
        <source>近期应缴保费</source>
        <translation>Premiums coming due</translation>
    </message>
    <message>
        <source>到期与续保</source>
        <translation>Expiring and renewals</translation>
    </message>
    <message>
        <source>投诉处理时限</source>
        <translation>Complaint deadlines</translation>
    </message>
    <message>
        <source>近期生日</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>档案借阅逾期</source>
        <translation>Paper files overdue</translation>
    </message>
    <message>
        <source>已提醒缴费</source>
        <translation>Reminded to pay</translation>
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
        <source>复效期</source>
        <translation>Reinstatement</translation>
    </message>
    <message>
        <source>新单回访（犹豫期）</source>
        <translation>New-policy callbacks (hesitation period)</translation>
    </message>
    <message>
        <source>商机</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>已提醒复效</source>
        <translation>Reminded to reinstate</translation>
    </message>
    <message>
        <source>已提醒续保</source>
        <translation>Renewal reminded</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>已告知进度</source>
        <translation>Progress told</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>处理投诉</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>登记归还</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>已提醒缴费（已过宽限期，保单可能失效）</source>
        <translation>Payment reminded (past the grace period, the policy may lapse)</translation>
    </message>
    <message>
        <source>已提醒复效：补缴保费、健康告知后可恢复效力</source>
        <translation>Reminded to reinstate: the cover returns once the arrears are paid and the health declaration accepted</translation>
    </message>
    <message>
        <source>已提醒缴费（逾期）</source>
        <translation>Payment reminded (overdue)</translation>
    </message>
    <message>
        <source>新单回访：客户确认已收到保单，了解保障责任和犹豫期</source>
        <translation>New-policy callback: the customer confirmed receiving the policy and understands its cover and the hesitation period</translation>
    </message>
    <message>
        <source>已告知理赔进度</source>
        <translation>Told the customer how the claim stands</translation>
    </message>
    <message>
        <source>已跟进商机</source>
        <translation>Opportunity followed up</translation>
    </message>
    <message>
        <source>暂不跟进</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n 天后</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已过 %n 天</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，宽限期剩 %n 天</source>
        <translation>
            <numerusform>, %n day of grace left</numerusform>
            <numerusform>, %n days of grace left</numerusform>
        </translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>expires today</translation>
    </message>
    <message>
        <source>今天回访</source>
        <translation>visit today</translation>
    </message>
    <message numerus="yes">
        <source>效力中止，复效期剩 %n 天</source>
        <translation>
            <numerusform>Lapsed: %n day left to reinstate</numerusform>
            <numerusform>Lapsed: %n days left to reinstate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天后满期给付，可规划资金去向</source>
        <translation>
            <numerusform>Pays out in %n day: plan where the money goes</numerusform>
            <numerusform>Pays out in %n days: plan where the money goes</numerusform>
        </translation>
    </message>
    <message>
        <source>最近一份保单生效于 {0}，家庭情况可能已变</source>
        <translation>The latest policy took effect on {0}; the family's situation may have changed</translation>
    </message>
    <message>
        <source>{0}记录年收入提高到 {1}，此后没有新保单</source>
        <translation>Annual income raised to {1}, recorded {0}; no new policy since</translation>
    </message>
    <message>
        <source>{0}记录的家庭变化，保障需要随之调整</source>
        <translation>A change in the family recorded {0}: the cover should change with it</translation>
    </message>
    <message>
        <source>有效保单中没有重疾保障</source>
        <translation>No critical-illness cover among the policies in force</translation>
    </message>
    <message>
        <source>第 {0} 期</source>
        <translation>instalment {0}</translation>
    </message>
    <message>
        <source>档案 {0} · 借阅人 {1}</source>
        <translation>File {0} · borrower {1}</translation>
    </message>
    <message>
        <source>单击打开客户档案</source>
        <translation>Click to open the customer's archive</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出今日清单…</source>
        <translation>Export today's list…</translation>
    </message>
    <message>
        <source>打开客户档案</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>复制消息</source>
        <translation>Copy message</translation>
    </message>
    <message>
        <source>按模板填好消息并复制，粘贴到微信或短信发送；同时记入沟通记录</source>
        <translation>Fills the message from its template and copies it, to paste into WeChat or an SMS; it is also recorded in the contact log</translation>
    </message>
    <message>
        <source>打印名单…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>正在整理今日待办…</source>
        <translation>Gathering today's work…</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日 {3}</source>
        <translation>{3}, {0}-{1:02d}-{2:02d}</translation>
    </message>
    <message>
        <source>启用纸质档案借阅登记后显示</source>
        <translation>Shown once paper-file loans are registered</translation>
    </message>
    <message>
        <source>{0}天 {1}</source>
        <translation>{0} d: {1}</translation>
    </message>
    <message>
        <source>档案里发现的商机：近一个月新添子女或新婚的家庭、三年没有新保单的客户、18–55 岁有保单却没有重疾保障的客户、两个月内满期给付的年金和教育金。跟进或暂不跟进都会记入沟通记录，半年内不再提示。</source>
        <translation>Opportunities found in the archive: families with a child or a marriage recorded in the last month, customers without a new policy for three years, customers aged 18–55 with policies but no critical-illness cover, annuities and education funds paying out within two months. Following up or setting aside is recorded in the contact log, and the opportunity is not shown again for half a year.</translation>
    </message>
    <message>
        <source>登记复效…</source>
        <translation>Record reinstatement…</translation>
    </message>
    <message>
        <source>导出今日清单</source>
        <translation>Export today's list</translation>
    </message>
    <message>
        <source>导出完整的电话号码吗？选“否”则号码脱敏。导出和显示号码都会记入操作日志。</source>
        <translation>Export the phone numbers in full? Choose “No” to mask them. The export, and showing the numbers, are recorded in the audit log.</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>犹豫期今天结束</source>
        <translation>Hesitation period ends today</translation>
    </message>
    <message>
        <source>家庭变化 · 保障缺口 · 满期给付</source>
        <translation>Family changes · gaps in cover · payouts</translation>
    </message>
    <message>
        <source>效力中止两年内可复效</source>
        <translation>Lapsed: can be reinstated within two years</translation>
    </message>
    <message numerus="yes">
        <source>今天 %n</source>
        <translation>
            <numerusform>today %n</numerusform>
            <numerusform>today %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已逾期 %n</source>
        <translation>
            <numerusform>late %n</numerusform>
            <numerusform>late %n</numerusform>
        </translation>
    </message>
    <message>
        <source>最早一期保费逾期已超过 {0} 天宽限期（《保险法》第三十六条），保单效力可能中止。请尽快催缴，或登记缴费、标记失效。</source>
        <translation>The oldest unpaid premium is past the {0}-day grace period (Insurance Law, Article 36): the policy may lapse. Remind the customer, record the payment or mark the policy lapsed.</translation>
    </message>
    <message>
        <source>已过应缴日期、仍在 {0} 天宽限期内的保单，宽限期最先结束的排在前面。</source>
        <translation>Policies past their due date and still within the {0}-day grace period; the grace period ending first comes first.</translation>
    </message>
    <message>
        <source>{0} 天内应缴的保费。</source>
        <translation>Premiums due within {0} days.</translation>
    </message>
    <message>
        <source>即将到期且尚未续保的生效保单。可提醒客户，或直接办理续保。</source>
        <translation>Policies in force, expiring soon and not yet renewed. Remind the customer, or renew right away.</translation>
    </message>
    <message>
        <source>一年期以上人身保险新单，犹豫期 {0} 天（自生效日起算）内应完成新单回访，确认客户已收到保单、了解保障责任和犹豫期内可退保；犹豫期最先结束的排在前面。双录资料可作为档案材料上传。</source>
        <translation>New life, health and annuity policies of more than one year: call the customer back within the {0}-day hesitation period (from the effective date) to confirm they received the policy, understand its cover and may still cancel it; the period ending soonest comes first. Recorded-sale (双录) files can be attached as archive material.</translation>
    </message>
    <message>
        <source>未办结且临近或已超过处理时限的投诉（监管要求 15 日内作出处理决定）。</source>
        <translation>Open complaints near or past their deadline (the regulator asks for a decision within 15 days).</translation>
    </message>
    <message>
        <source>报案已超过 {0} 天仍未结案的理赔，请跟进并告知客户进度。</source>
        <translation>Claims filed more than {0} days ago and still open: follow up and tell the customer how they stand.</translation>
    </message>
    <message>
        <source>到期、逾期和即将到来的回访。</source>
        <translation>Follow-up visits due, late or coming up.</translation>
    </message>
    <message>
        <source>宽限期后仍未缴费、效力中止的保单，两年内补缴保费并通过健康告知即可复效（《保险法》第三十七条）；复效截止最近的排在前面。办妥后登记复效，保单恢复有效并记入保全。</source>
        <translation>Policies whose cover was suspended after the grace period can be reinstated within two years by paying the arrears and passing a health declaration (Insurance Law, art. 37); the nearest deadline comes first. Once done, record the reinstatement: the policy is in force again and the servicing log says so.</translation>
    </message>
    <message>
        <source>近几天过生日的客户；2 月 29 日出生的客户在平年 2 月 28 日提醒。</source>
        <translation>Customers whose birthday is in the next few days; those born on 29 February are reminded on 28 February in common years.</translation>
    </message>
    <message>
        <source>借出后超过应还日期仍未归还的纸质档案，逾期最久的排在前面。</source>
        <translation>Paper files lent out and not returned by their due date, the most overdue first.</translation>
    </message>
    <message>
        <source>{0}：{1} 项</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>这里没有待办事项。</source>
        <translation>Nothing to do here.</translation>
    </message>
    <message>
        <source>启用纸质档案借阅登记后，借出逾期的档案会显示在这里。</source>
        <translation>Once paper-file loans are registered, overdue ones appear here.</translation>
    </message>
    <message>
        <source>{0}（选中项）</source>
        <translation>{0} (selected)</translation>
    </message>
    <message>
        <source>{0} 天内（{1}）</source>
        <translation>within {0} days ({1})</translation>
    </message>
    <message>
        <source>登记缴费…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>标记失效…</source>
        <translation>Mark lapsed…</translation>
    </message>
    <message>
        <source>续保…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>（显示最紧要的 {0} 项）</source>
        <translation> (showing the {0} most pressing)</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，共 %n 期未缴</source>
        <translation>
            <numerusform>, %n instalment unpaid</numerusform>
            <numerusform>, %n instalments unpaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，超过宽限期 %n 天</source>
        <translation>
            <numerusform>, %n day past the grace period</numerusform>
            <numerusform>, %n days past the grace period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天后到期</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 岁生日</source>
        <translation>
            <numerusform>turns %n</numerusform>
            <numerusform>turns %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已过期 %n 天</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已等待 %n 天</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已超过处理时限 %n 天</source>
        <translation>
            <numerusform>%n day past the deadline</numerusform>
            <numerusform>%n days past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>距处理时限 %n 天</source>
        <translation>
            <numerusform>%n day to the deadline</numerusform>
            <numerusform>%n days to the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天未归还</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>今日待办共 %n 项</source>
        <translation>
            <numerusform>%n thing to do today</numerusform>
            <numerusform>%n things to do today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>宽限期 %n 天内</source>
        <translation>
            <numerusform>within the %n-day grace period</numerusform>
            <numerusform>within the %n-day grace period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>超过宽限期 %n 天仍未缴费</source>
        <translation>
            <numerusform>unpaid past the %n-day grace period</numerusform>
            <numerusform>unpaid past the %n-day grace period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 天内到期</source>
        <translation>
            <numerusform>due within %n day</numerusform>
            <numerusform>due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>报案超过 %n 天未结</source>
        <translation>
            <numerusform>open more than %n day</numerusform>
            <numerusform>open more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>犹豫期已过 %n 天，尚未回访</source>
        <translation>
            <numerusform>%n day past the hesitation period, no callback yet</numerusform>
            <numerusform>%n days past the hesitation period, no callback yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>犹豫期剩 %n 天</source>
        <translation>
            <numerusform>%n day of the hesitation period left</numerusform>
            <numerusform>%n days of the hesitation period left</numerusform>
        </translation>
    </message>
    <message>
        <source>已复制{0}，可粘贴到{1}发送；已记入沟通记录</source>
        <translation>{0} copied: paste it into {1} to send it; recorded in the contact log</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>今日清单 · {0} · {1}</source>
        <translation>Today's list · {0} · {1}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>保存为视图</source>
        <translation>Save as view</translation>
    </message>
    <message>
        <source>视图名称（如 本月到期车险）：</source>
        <translation>View name (e.g. Motor policies expiring this month):</translation>
    </message>
    <message>
        <source>删除视图</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>删除视图“{0}”？记录不受影响。</source>
        <translation>Delete the view “{0}”? The records are not affected.</translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation>Save the current filters as a view…</translation>
    </message>
    <message>
        <source>用当前筛选、排序和列更新此视图</source>
        <translation>Update this view with the current filters, order and columns</translation>
    </message>
    <message>
        <source>删除此视图…</source>
        <translation>Delete this view…</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>查看客户360</source>
        <translation>Opened customer 360 view</translation>
    </message>
    <message>
        <source>显示敏感信息</source>
        <translation>Show sensitive data</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
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
    <name>approval</name>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>attachment</name>
    <message>
        <source>身份证件</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>投保单</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>Recorded sale (双录)</translation>
    </message>
    <message>
        <source>理赔申请书</source>
        <translation>Claim form</translation>
    </message>
    <message>
        <source>被保险人身份证明</source>
        <translation>Insured's ID</translation>
    </message>
    <message>
        <source>诊断证明</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <source>病历</source>
        <translation>Medical record</translation>
    </message>
    <message>
        <source>费用清单</source>
        <translation>Itemised bill</translation>
    </message>
    <message>
        <source>发票原件</source>
        <translation>Original invoices</translation>
    </message>
    <message>
        <source>事故照片</source>
        <translation>Accident photos</translation>
    </message>
    <message>
        <source>银行卡信息</source>
        <translation>Bank card details</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>查看客户360</source>
        <translation>Opened customer 360 view</translation>
    </message>
    <message>
        <source>设置角色</source>
        <translation>Set roles</translation>
    </message>
    <message>
        <source>停用人员</source>
        <translation>Disable a person</translation>
    </message>
    <message>
        <source>重设口令</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>移交客户</source>
        <translation>Hand over customers</translation>
    </message>
    <message>
        <source>共享客户</source>
        <translation>Share a customer</translation>
    </message>
    <message>
        <source>提交变更申请</source>
        <translation>Change requested</translation>
    </message>
    <message>
        <source>批准变更申请</source>
        <translation>Change approved</translation>
    </message>
    <message>
        <source>驳回变更申请</source>
        <translation>Change rejected</translation>
    </message>
    <message>
        <source>撤回变更申请</source>
        <translation>Change request withdrawn</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>打开档案</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>显示敏感信息</source>
        <translation>Show sensitive data</translation>
    </message>
    <message>
        <source>复制敏感信息</source>
        <translation>Copy sensitive data</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>更换密钥</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>更改口令</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>查看恢复密钥</source>
        <translation>Show recovery key</translation>
    </message>
    <message>
        <source>打印恢复密钥</source>
        <translation>Print recovery key</translation>
    </message>
    <message>
        <source>恢复密钥存为 PDF</source>
        <translation>Recovery key saved as PDF</translation>
    </message>
    <message>
        <source>用恢复密钥打开</source>
        <translation>Opened with recovery key</translation>
    </message>
    <message>
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>自检</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>校验操作日志</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>合并重复客户</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>标记为不同客户</source>
        <translation>Mark as different customers</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>迁入营业部服务器</source>
        <translation>Moved to the branch server</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>导出导入报告</source>
        <translation>Export import report</translation>
    </message>
    <message>
        <source>从 Excel 导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>勾选已收材料</source>
        <translation>Tick document received</translation>
    </message>
    <message>
        <source>识别材料文字</source>
        <translation>Read text of material</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>批量载入</source>
        <translation>Bulk load</translation>
    </message>
    <message>
        <source>预置初始数据</source>
        <translation>Initial data</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>缴费</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>客户关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>档案表</source>
        <translation>Archive sheet</translation>
    </message>
    <message>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>档案材料</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>材料文字</source>
        <translation>Text of material</translation>
    </message>
    <message>
        <source>纸质档案位置</source>
        <translation>Paper file location</translation>
    </message>
    <message>
        <source>档案借阅</source>
        <translation>File loan</translation>
    </message>
    <message>
        <source>佣金规则</source>
        <translation>Commission rule</translation>
    </message>
    <message>
        <source>佣金到账</source>
        <translation>Commission received</translation>
    </message>
    <message>
        <source>佣金对账</source>
        <translation>Commission reconciliation</translation>
    </message>
    <message>
        <source>知情同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>个人信息请求</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>产品目录</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>今日清单</source>
        <translation>Today's list</translation>
    </message>
    <message>
        <source>保全</source>
        <translation>Policy servicing</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>受益人</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>变更时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>佣金</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>同意范围</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <source>同意处理敏感信息</source>
        <translation>Consent to sensitive data</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>回访反馈</source>
        <translation>Follow-up feedback</translation>
    </message>
    <message>
        <source>财务情况</source>
        <translation>Financial notes</translation>
    </message>
    <message>
        <source>健康情况</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <source>状态经过</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>被保险人</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>理赔材料</source>
        <translation>Claim documents</translation>
    </message>
    <message>
        <source>保障需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>缴费年限</source>
        <translation>Payment years</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>保障偏好</source>
        <translation>Protection preference</translation>
    </message>
    <message>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>关联客户</source>
        <translation>Related customer</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>续保自</source>
        <translation>Renewal of</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>保管至</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>附加险</source>
        <translation>Riders</translation>
    </message>
    <message>
        <source>风险承受能力</source>
        <translation>Risk tolerance</translation>
    </message>
    <message>
        <source>受益份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>密钥已存回密钥环</source>
        <translation>Key saved to keyring</translation>
    </message>
    <message>
        <source>显示的敏感字段</source>
        <translation>Revealed fields</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>去向</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>重新加密</source>
        <translation>Re-encrypted</translation>
    </message>
    <message>
        <source>日志详情</source>
        <translation>Log details</translation>
    </message>
    <message>
        <source>客户档案视图</source>
        <translation>Customer 360 view</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>手动锁定</source>
        <translation>Locked by hand</translation>
    </message>
    <message>
        <source>无操作自动锁定</source>
        <translation>Locked after inactivity</translation>
    </message>
    <message>
        <source>系统锁屏</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{0} 行</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>分支机构工作簿 → {0}</source>
        <translation>Branch workbook → {0}</translation>
    </message>
    <message>
        <source>当前视图 → {0}</source>
        <translation>Current view → {0}</translation>
    </message>
    <message>
        <source>客户价值：{0} 位客户有变化</source>
        <translation>Value tiers: {0} customers changed</translation>
    </message>
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
    <name>backup_actions</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>保单</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>缴费</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>理赔</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>正在备份并校验…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <source>备份已写入并校验通过：
{0}

{1}</source>
        <translation>The backup was written and verified:
{0}

{1}</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>备份到文件</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <source>agentbook 备份 (*.db)</source>
        <translation>agentbook backups (*.db)</translation>
    </message>
    <message>
        <source>退出时的自动备份未完成</source>
        <translation>The automatic backup on exit did not finish</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>agentbook 备份 (*.db);;所有文件 (*)</source>
        <translation>agentbook backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>正在复制并校验备份…</source>
        <translation>Copying and verifying the backup…</translation>
    </message>
    <message>
        <source>不能用这份备份恢复</source>
        <translation>This backup cannot be restored</translation>
    </message>
    <message>
        <source>这份备份没有通过校验，当前数据库没有任何改动。

{0}</source>
        <translation>This backup failed verification; the current database was not changed.

{0}</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>正在用备份替换当前数据库…</source>
        <translation>Replacing the current database with the backup…</translation>
    </message>
    <message>
        <source>恢复失败，当前数据库保持原样</source>
        <translation>Restore failed; the current database is unchanged</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore done</translation>
    </message>
    <message>
        <source>已从备份恢复。原来的数据库保留在：
{0}</source>
        <translation>Restored from the backup. The previous database was kept at:
{0}</translation>
    </message>
    <message>
        <source>这份备份无法用当前密钥打开：它可能是在更换密钥之前做的（需要当时的恢复密钥），也可能不是 agentbook 的备份。</source>
        <translation>The current key does not open this backup: it may predate a key change (it needs the recovery key of that time), or it is not an agentbook backup.</translation>
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
        <source>固定电话</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
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
        <source>保障需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
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
    <message>
        <source>投诉编号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>处理时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>处理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>名下客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>状态经过</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>保全事项</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>身故/寿险</source>
        <translation>Death/life</translation>
    </message>
    <message>
        <source>重疾</source>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>医疗</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>意外</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>年金/养老/教育金</source>
        <translation>Annuity/pension/education</translation>
    </message>
    <message>
        <source>财产</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>车险</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>年缴保费</source>
        <translation>Premium a year</translation>
    </message>
    <message>
        <source>缴费人</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>保障类型</source>
        <translation>Kind of cover</translation>
    </message>
    <message>
        <source>检视依据</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>现有保额</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>犹豫期至</source>
        <translation>Hesitation period until</translation>
    </message>
    <message>
        <source>复效截止</source>
        <translation>Reinstate by</translation>
    </message>
    <message>
        <source>欠缴金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>保管期限至</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <source>相关保单</source>
        <translation>Policy concerned</translation>
    </message>
    <message>
        <source>销毁时间</source>
        <translation>Destroyed at</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>清除内容</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>请求类型</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>请求内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>保单年度</source>
        <translation>Policy year</translation>
    </message>
    <message>
        <source>实缴保费</source>
        <translation>Premium paid</translation>
    </message>
    <message>
        <source>应收佣金</source>
        <translation>Expected commission</translation>
    </message>
    <message>
        <source>已到账</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>未到账</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>借阅用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>借出日期</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>客户甲</source>
        <translation>Customer A</translation>
    </message>
    <message>
        <source>客户乙</source>
        <translation>Customer B</translation>
    </message>
    <message>
        <source>疑似重复的依据</source>
        <translation>Why they look alike</translation>
    </message>
    <message>
        <source>保险期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>等待期（天）</source>
        <translation>Waiting (days)</translation>
    </message>
    <message>
        <source>免赔额</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>变更项目</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Decision note</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>财务状况</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>年收入</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>选择保存本人数据的文件夹</source>
        <translation>Choose a folder for the customer's own data</translation>
    </message>
    <message>
        <source>导出本人数据</source>
        <translation>Export own data</translation>
    </message>
    <message>
        <source>已导出客户本人的完整资料（未遮蔽），请妥善交付本人：
{0}
{1}</source>
        <translation>The customer's complete data (unmasked) has been exported; hand it to the customer personally:
{0}
{1}</translation>
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
        <source>投诉</source>
        <translation>complaint</translation>
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
        <source>续保提醒</source>
        <translation>Renewal reminder</translation>
    </message>
    <message>
        <source>新单回访</source>
        <translation>New-policy callback</translation>
    </message>
    <message>
        <source>商机跟进</source>
        <translation>Opportunity follow-up</translation>
    </message>
    <message>
        <source>身故/寿险</source>
        <translation>Death/life</translation>
    </message>
    <message>
        <source>重疾</source>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>医疗</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>意外</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>年金/养老/教育金</source>
        <translation>Annuity/pension/education</translation>
    </message>
    <message>
        <source>财产</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>保险公司转办</source>
        <translation>Passed on by the insurer</translation>
    </message>
    <message>
        <source>监管转办</source>
        <translation>Passed on by the regulator</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Partly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
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
    <message>
        <source>个人信息处理同意</source>
        <translation>Consent to processing</translation>
    </message>
    <message>
        <source>敏感个人信息单独同意</source>
        <translation>Separate consent (sensitive data)</translation>
    </message>
    <message>
        <source>监护人同意</source>
        <translation>Guardian's consent</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>纸质签字</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <source>电子签名</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>微信确认</source>
        <translation>Confirmed on WeChat</translation>
    </message>
    <message>
        <source>电话录音</source>
        <translation>Recorded phone call</translation>
    </message>
    <message>
        <source>当面口头</source>
        <translation>In person, orally</translation>
    </message>
    <message>
        <source>查阅/复制</source>
        <translation>Access / copy</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>转移</source>
        <translation>Portability</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>档案编号相同</source>
        <translation>same archive number</translation>
    </message>
    <message>
        <source>证件号码相同</source>
        <translation>Same ID number</translation>
    </message>
    <message>
        <source>姓名和手机号相同</source>
        <translation>Same name and mobile</translation>
    </message>
    <message>
        <source>姓名和出生日期相同</source>
        <translation>Same name and date of birth</translation>
    </message>
    <message>
        <source>姓名拼音和手机号相同</source>
        <translation>Same name in pinyin and same mobile</translation>
    </message>
    <message>
        <source>变更受益人</source>
        <translation>Change of beneficiary</translation>
    </message>
    <message>
        <source>变更投保人</source>
        <translation>Change of policyholder</translation>
    </message>
    <message>
        <source>变更地址/联系方式</source>
        <translation>Change of address/contact</translation>
    </message>
    <message>
        <source>变更缴费账户</source>
        <translation>Change of payment account</translation>
    </message>
    <message>
        <source>保单贷款</source>
        <translation>Policy loan</translation>
    </message>
    <message>
        <source>贷款还款</source>
        <translation>Loan repayment</translation>
    </message>
    <message>
        <source>保单复效</source>
        <translation>Reinstatement</translation>
    </message>
    <message>
        <source>增加附加险</source>
        <translation>Rider added</translation>
    </message>
    <message>
        <source>删除附加险</source>
        <translation>Rider removed</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>已递交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>新添子女</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>新婚</source>
        <translation>Newly married</translation>
    </message>
    <message>
        <source>缺少重疾保障</source>
        <translation>No critical-illness cover</translation>
    </message>
    <message>
        <source>满期/年金给付</source>
        <translation>Maturity / annuity payout</translation>
    </message>
    <message>
        <source>保障三年未调整</source>
        <translation>Cover unchanged for three years</translation>
    </message>
    <message>
        <source>收入提高</source>
        <translation>Income raised</translation>
    </message>
    <message>
        <source>宽限期内</source>
        <translation>In grace</translation>
    </message>
    <message>
        <source>宽限期即将结束</source>
        <translation>Grace ending</translation>
    </message>
    <message>
        <source>效力中止</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>复效期内</source>
        <translation>Within reinstatement period</translation>
    </message>
    <message>
        <source>复效期已过</source>
        <translation>Reinstatement period over</translation>
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
    <name>importer</name>
    <message>
        <source>“{chars}”没有可用的字体，档案表上将印作〓，请核对</source>
        <translation>No font has “{chars}”: the archive sheet will print 〓 in its place; please check it</translation>
    </message>
    <message>
        <source>无法读取该文件。</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）或 CSV 文件，无法导入。</source>
        <translation>This is not an Excel workbook (.xlsx) or a CSV file; it cannot be imported.</translation>
    </message>
    <message>
        <source>这是旧版 Excel 格式（.xls）或设置了打开密码的工作簿。请在 Excel 或 WPS 中去掉密码并“另存为” .xlsx 工作簿后再导入。</source>
        <translation>This is an old Excel file (.xls) or a workbook with an opening password. Remove the password and “Save As” an .xlsx workbook in Excel or WPS, then import that.</translation>
    </message>
    <message>
        <source>文件已损坏或不完整（可能没有下载或复制完整），无法读取。请重新获取原文件。</source>
        <translation>The file is damaged or incomplete (perhaps not fully downloaded or copied) and cannot be read. Please get the original file again.</translation>
    </message>
    <message>
        <source>文件包含不安全的内容（可能是被恶意构造的文件），已拒绝读取。</source>
        <translation>The file contains unsafe content (it may have been crafted to attack) and was refused.</translation>
    </message>
    <message>
        <source>文件太大（{size} MB），一次最多导入 {limit} MB。请把表格拆分成几个文件。</source>
        <translation>The file is too large ({size} MB); at most {limit} MB can be imported at once. Please split the sheet into several files.</translation>
    </message>
    <message>
        <source>表格太大：超过 {limit} 行或 {cells} 个单元格。请把表格拆分成几个文件。</source>
        <translation>The sheet is too large: more than {limit} rows or {cells} cells. Please split it into several files.</translation>
    </message>
    <message>
        <source>没有找到标题行。表格的第一行（或标题下方的一行）应是“客户姓名”“身份证号码”这样的列名。</source>
        <translation>No header row was found. The first row (or the row under a title) should hold column names such as 客户姓名 or 身份证号码.</translation>
    </message>
    <message>
        <source>工作簿中没有名为“{sheet}”的工作表。</source>
        <translation>The workbook has no sheet named “{sheet}”.</translation>
    </message>
    <message>
        <source>文件解压后过大（{size} MB），可能是被恶意构造的文件，已拒绝读取。</source>
        <translation>The file unpacks to too much data ({size} MB); it may have been crafted to attack and was refused.</translation>
    </message>
    <message>
        <source>标题行上方的内容（如表格标题），不导入</source>
        <translation>Above the header row (a title, for example): not imported</translation>
    </message>
    <message>
        <source>CSV 文件按 {what} 编码读取</source>
        <translation>The CSV file was read as {what}</translation>
    </message>
    <message>
        <source>这一列没有对应的字段，不导入（可在“列对应”一页中指定）</source>
        <translation>This column has no matching field and is not imported (choose one on the Columns page)</translation>
    </message>
    <message>
        <source>表格超过 {limit} 列，后面的 {count} 列没有读取</source>
        <translation>The sheet has more than {limit} columns; the last {count} were not read</translation>
    </message>
    <message>
        <source>第 {row} 行未能写入数据库，整个导入已撤销，没有导入任何数据。</source>
        <translation>Row {row} could not be written to the database. The whole import was undone; nothing was imported.</translation>
    </message>
    <message>
        <source>客户姓名</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>联系方式（手机）</source>
        <translation>Contact (mobile)</translation>
    </message>
    <message>
        <source>固定电话</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
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
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Customer kind</translation>
    </message>
    <message>
        <source>客户状态</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>客户价值</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>客户来源</source>
        <translation>Source</translation>
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
        <source>保障需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
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
        <source>保险产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Business line</translation>
    </message>
    <message>
        <source>保险金额</source>
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
        <source>缴费年限</source>
        <translation>Payment years</translation>
    </message>
    <message>
        <source>投保日期</source>
        <translation>Application date</translation>
    </message>
    <message>
        <source>保险起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>保险到期日期</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>保单状态</source>
        <translation>Policy status</translation>
    </message>
    <message>
        <source>缴费金额</source>
        <translation>Payment amount</translation>
    </message>
    <message>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>缴费状态</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>理赔申请日期</source>
        <translation>Claim date</translation>
    </message>
    <message>
        <source>理赔金额</source>
        <translation>Claim amount</translation>
    </message>
    <message>
        <source>理赔状态</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <source>出险原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>沟通日期</source>
        <translation>Contact date</translation>
    </message>
    <message>
        <source>沟通方式</source>
        <translation>Contact channel</translation>
    </message>
    <message>
        <source>沟通目的</source>
        <translation>Contact purpose</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>Contact summary</translation>
    </message>
    <message>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>更新已有客户</source>
        <translation>Update the existing customer</translation>
    </message>
    <message>
        <source>作为新客户导入</source>
        <translation>Import as a new customer</translation>
    </message>
    <message>
        <source>表格中没有“保险公司”列，保单按“{insurer}”导入</source>
        <translation>The sheet has no insurer column; policies are imported with the insurer “{insurer}”</translation>
    </message>
    <message>
        <source>表格中没有“缴费方式”列，保单按“年交”导入</source>
        <translation>The sheet has no payment mode column; policies are imported as annual</translation>
    </message>
    <message>
        <source>表格中没有“险种”列，险种按产品名称判断，判断不出的按默认险种导入</source>
        <translation>The sheet has no business line column; it is told from the product name, or the default business line is used</translation>
    </message>
    <message>
        <source>表格中没有“沟通方式”列，沟通记录按“电话”导入</source>
        <translation>The sheet has no contact channel column; contact entries are imported as phone calls</translation>
    </message>
    <message>
        <source>表格中没有“沟通目的”列，沟通目的按沟通内容判断，判断不出的按“回访”导入</source>
        <translation>The sheet has no “Purpose” column: each contact's purpose is taken from its summary, and imported as “Follow-up visit” where the summary does not tell</translation>
    </message>
    <message>
        <source>缺少客户姓名</source>
        <translation>Customer name missing</translation>
    </message>
    <message>
        <source>缺少保险公司：表格中没有填写，向导中也没有选择默认保险公司</source>
        <translation>Insurer missing: the sheet has none and no default insurer was chosen in the wizard</translation>
    </message>
    <message>
        <source>有保单、缴费或理赔信息，但缺少保单号</source>
        <translation>Policy, payment or claim details without a policy number</translation>
    </message>
    <message>
        <source>有沟通内容，但缺少沟通日期</source>
        <translation>Contact summary without a contact date</translation>
    </message>
    <message>
        <source>没有沟通内容，该行的沟通记录未导入</source>
        <translation>No contact summary: this row's contact entry is not imported</translation>
    </message>
    <message>
        <source>与第 {row} 行姓名和手机号相同，但证件号码不同</source>
        <translation>Same name and mobile as row {row}, but a different ID number</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一客户的同一份保单</source>
        <translation>Same customer and same policy as row {row}</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一客户，没有新的保单或沟通记录</source>
        <translation>Same customer as row {row}, with no new policy or contact entry</translation>
    </message>
    <message>
        <source>与第 {row} 行重复，按选择跳过</source>
        <translation>Duplicate of row {row}: skipped as chosen</translation>
    </message>
    <message>
        <source>数据库中已有此客户（{rule}）：{existing}</source>
        <translation>This customer is already in the archive ({rule}): {existing}</translation>
    </message>
    <message>
        <source>数据库中已有此客户 {existing}，按选择跳过</source>
        <translation>Already in the archive as {existing}: skipped as chosen</translation>
    </message>
    <message>
        <source>与第 {row} 行的同一客户或保单的“{field}”不同，已采用第 {row} 行的值</source>
        <translation>“{field}” differs from row {row} for the same customer or policy; the value of row {row} is used</translation>
    </message>
    <message>
        <source>档案编号 {number} 已被占用，已分配新编号</source>
        <translation>Archive no. {number} is taken; a new number was assigned</translation>
    </message>
    <message>
        <source>档案编号 {number} 与第 {row} 行的另一位客户相同</source>
        <translation>Archive no. {number} is the same as another customer's in row {row}</translation>
    </message>
    <message>
        <source>同一客户（第 {row} 行）的信息有误，该行也不导入</source>
        <translation>The same customer's details (row {row}) have errors, so this row is not imported either</translation>
    </message>
    <message>
        <source>证件号码不是身份证号，按“其他证件”导入</source>
        <translation>The ID number is not a resident ID number; imported as “other document”</translation>
    </message>
    <message>
        <source>没有证件号码，按“潜在”客户导入；补上证件号码后可改为“现有”</source>
        <translation>No ID number: imported as a prospect; add the ID number to make the customer active</translation>
    </message>
    <message>
        <source>保单号 {number}（{insurer}）已在数据库中，投保人是 {holder}</source>
        <translation>Policy no. {number} ({insurer}) is already in the archive, with policyholder {holder}</translation>
    </message>
    <message>
        <source>保单号 {number}（{insurer}）在第 {row} 行已属于另一位客户</source>
        <translation>Policy no. {number} ({insurer}) already belongs to another customer in row {row}</translation>
    </message>
    <message>
        <source>缺少保险产品名称</source>
        <translation>Product missing</translation>
    </message>
    <message>
        <source>缺少保险金额</source>
        <translation>Sum insured missing</translation>
    </message>
    <message>
        <source>缺少保险起始日期</source>
        <translation>Start date missing</translation>
    </message>
    <message>
        <source>无法判断险种：请在向导中选择默认险种，或在表格中加“险种”列</source>
        <translation>The business line cannot be told: choose a default business line in the wizard, or add a 险种 column to the sheet</translation>
    </message>
    <message>
        <source>没有保费，记为 0</source>
        <translation>No premium: recorded as 0</translation>
    </message>
    <message>
        <source>有缴费信息，但缺少缴费日期</source>
        <translation>Payment details without a payment date</translation>
    </message>
    <message>
        <source>这条缴费记录数据库中已有，不再重复导入</source>
        <translation>This payment is already in the archive and is not imported again</translation>
    </message>
    <message>
        <source>标为“逾期”，但缴费日期还没到，按“待缴”导入</source>
        <translation>Marked overdue, but the payment date has not come yet: imported as due</translation>
    </message>
    <message>
        <source>有理赔信息，但缺少理赔申请日期</source>
        <translation>Claim details without a claim date</translation>
    </message>
    <message>
        <source>有理赔信息，但缺少理赔金额</source>
        <translation>Claim details without a claim amount</translation>
    </message>
    <message>
        <source>这条理赔记录数据库中已有，不再重复导入</source>
        <translation>This claim is already in the archive and is not imported again</translation>
    </message>
    <message>
        <source>这条沟通记录数据库中已有，不再重复导入</source>
        <translation>This contact entry is already in the archive and is not imported again</translation>
    </message>
    <message>
        <source>该行的沟通记录未导入</source>
        <translation>This row's contact entry is not imported</translation>
    </message>
    <message>
        <source>错误（该行不导入）</source>
        <translation>Error (row not imported)</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>重复情况</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>内容过长（{count} 个字），请核对</source>
        <translation>Too long ({count} characters); please check</translation>
    </message>
    <message>
        <source>空行，已跳过</source>
        <translation>Empty row, skipped</translation>
    </message>
    <message>
        <source>重复的标题行，已跳过</source>
        <translation>Repeated header row, skipped</translation>
    </message>
    <message>
        <source>合计行，已跳过</source>
        <translation>Totals row, skipped</translation>
    </message>
    <message>
        <source>身份证号码 {value} 的校验码（最后一位）不正确：按前 17 位应为 {expected}，表格中是 {actual}</source>
        <translation>The check digit (last character) of resident ID {value} is wrong: the first 17 digits call for {expected}, the sheet has {actual}</translation>
    </message>
    <message>
        <source>单元格是公式 {formula}，文件中没有保存计算结果，按空白处理</source>
        <translation>The cell is a formula {formula} with no calculated value saved in the file; treated as empty</translation>
    </message>
    <message>
        <source>单元格是公式 {formula}，已导入 Excel 保存的计算结果“{value}”</source>
        <translation>The cell is a formula {formula}; the value Excel saved, “{value}”, was imported</translation>
    </message>
    <message>
        <source>单元格是错误值 {value}，按空白处理</source>
        <translation>The cell holds the error value {value}; treated as empty</translation>
    </message>
    <message>
        <source>无法识别的值“{value}”，已按默认处理</source>
        <translation>Unrecognised value “{value}”; the default is used</translation>
    </message>
    <message>
        <source>单元格中的数字“{value}”无效（无穷大或不是数字），请核对</source>
        <translation>The number “{value}” in this cell is not valid (infinite or not a number); please check it</translation>
    </message>
    <message>
        <source>内容中有看不见的控制字符（{code}），可能是复制时带入或被故意加入。请在原表格中删除后重新导入</source>
        <translation>The text contains an invisible control character ({code}), pasted in by accident or added on purpose. Remove it in the original sheet and import again</translation>
    </message>
    <message>
        <source>{what}被 Excel 存成了数字（{value}），部分数字已丢失，无法还原。请在原表格中把该列设为文本后重新填写。</source>
        <translation>Excel stored the {what} as a number ({value}); digits were lost and cannot be recovered. Format the column as text in the original sheet and enter it again.</translation>
    </message>
    <message>
        <source>日期“{value}”不合理，请核对</source>
        <translation>The date “{value}” is implausible; please check</translation>
    </message>
    <message>
        <source>只有时间“{value}”，缺少日期</source>
        <translation>Only a time “{value}”, no date</translation>
    </message>
    <message>
        <source>无法识别的日期“{value}”</source>
        <translation>Unrecognised date “{value}”</translation>
    </message>
    <message>
        <source>日期“{value}”不存在，请核对</source>
        <translation>The date “{value}” does not exist; please check</translation>
    </message>
    <message>
        <source>无法识别的日期“{value}”，请写成 2023-01-31、2023/1/31 或 2023年1月31日</source>
        <translation>Unrecognised date “{value}”; write it as 2023-01-31, 2023/1/31 or 2023年1月31日</translation>
    </message>
    <message>
        <source>无法识别的金额“{value}”</source>
        <translation>Unrecognised amount “{value}”</translation>
    </message>
    <message>
        <source>金额“{value}”中的逗号不是千位分隔符，无法确定小数点在哪里。请写成 1234.56 或 1,234.56</source>
        <translation>The comma in the amount “{value}” is not a thousands separator, so the decimal point cannot be told. Write it as 1234.56 or 1,234.56</translation>
    </message>
    <message>
        <source>金额“{value}”过大，请核对</source>
        <translation>The amount “{value}” is too large; please check it</translation>
    </message>
    <message>
        <source>金额“{value}”超过两位小数，已四舍五入为 {amount}</source>
        <translation>The amount “{value}” has more than two decimals; rounded to {amount}</translation>
    </message>
    <message>
        <source>金额不能为负数（{value}）</source>
        <translation>An amount cannot be negative ({value})</translation>
    </message>
    <message>
        <source>无法识别的数字“{value}”</source>
        <translation>Unrecognised number “{value}”</translation>
    </message>
    <message>
        <source>数字“{value}”过大，请核对</source>
        <translation>The number “{value}” is too large; please check it</translation>
    </message>
    <message>
        <source>身份证号被 Excel 存成了数字（{value}），后几位已丢失，无法还原。请在原表格中把该列设为“文本”格式后重新输入完整号码。</source>
        <translation>Excel stored the ID number as a number ({value}); its last digits were lost and cannot be recovered. Format the column as Text in the original sheet and enter the full number again.</translation>
    </message>
    <message>
        <source>证件号码在表格中是数字格式，已按文本读取；建议把该列设为文本格式</source>
        <translation>The ID number is a number cell in the sheet; read as text. Formatting the column as text is recommended</translation>
    </message>
    <message>
        <source>证件号码已打码（{value}），无法导入。请使用含完整号码的表格（导出时选择显示敏感信息）。</source>
        <translation>The ID number is masked ({value}) and cannot be imported. Use a sheet with full numbers (choose to include sensitive data when exporting).</translation>
    </message>
    <message>
        <source>无法识别的联系方式“{value}”</source>
        <translation>Unrecognised contact detail “{value}”</translation>
    </message>
    <message>
        <source>有多个号码，其余的（{extra}）记入备注</source>
        <translation>Several numbers: the others ({extra}) were added to the remarks</translation>
    </message>
    <message>
        <source>电子邮箱格式不正确（{value}）</source>
        <translation>Invalid e-mail address ({value})</translation>
    </message>
    <message>
        <source>号码“{value}”的号段尚未分配，请核对</source>
        <translation>The prefix of “{value}” is not allocated to any operator; please check the number</translation>
    </message>
    <message>
        <source>固定电话“{value}”缺少区号</source>
        <translation>The landline “{value}” has no area code</translation>
    </message>
    <message>
        <source>固定电话格式不正确（{value}）</source>
        <translation>Not a valid landline number ({value})</translation>
    </message>
    <message>
        <source>无法识别的值“{value}”</source>
        <translation>Unrecognised value “{value}”</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>UTF-16（Excel 的“Unicode 文本”）</source>
        <translation>UTF-16 (Excel's “Unicode Text”)</translation>
    </message>
    <message>
        <source>GB18030（简体中文，兼容 GBK）</source>
        <translation>GB18030 (Simplified Chinese, GBK-compatible)</translation>
    </message>
    <message>
        <source>Big5（繁体中文）</source>
        <translation>Big5 (Traditional Chinese)</translation>
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
    <name>list</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>quick_payments</name>
    <message>
        <source>没有读到金额</source>
        <translation>No amount found</translation>
    </message>
    <message>
        <source>日期无法识别：{0}</source>
        <translation>Date not understood: {0}</translation>
    </message>
    <message>
        <source>无法识别：{0}</source>
        <translation>Not understood: {0}</translation>
    </message>
    <message>
        <source>没有这个保单号或投保人</source>
        <translation>No such policy number or policyholder</translation>
    </message>
    <message>
        <source>有 {0} 位客户叫这个名字，请改用保单号</source>
        <translation>{0} customers have this name; use the policy number</translation>
    </message>
    <message>
        <source>没有待缴的期次</source>
        <translation>No instalment due</translation>
    </message>
    <message>
        <source>金额与应缴 {0} 不同</source>
        <translation>Differs from the {0} due</translation>
    </message>
    <message>
        <source>缴费日期晚于今天</source>
        <translation>Paid date is after today</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>本人保单</source>
        <translation>own policies</translation>
    </message>
    <message>
        <source>与他人共有的保单（保留，本人信息清除）</source>
        <translation>policies shared with others (kept, this customer's data cleared)</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>理赔记录</source>
        <translation>claims</translation>
    </message>
    <message>
        <source>受益人</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>他人保单中的受益人信息</source>
        <translation>beneficiary entries on others' policies</translation>
    </message>
    <message>
        <source>沟通记录</source>
        <translation>Contact entry</translation>
    </message>
    <message>
        <source>客户关系</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>同意记录</source>
        <translation>consent records</translation>
    </message>
    <message>
        <source>只有客户资料本身</source>
        <translation>only the customer record itself</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>有家人依靠其收入：寿险保额宜达年收入的 {multiple} 倍</source>
        <translation>Others depend on this income: life cover should reach {multiple}× annual income</translation>
    </message>
    <message>
        <source>重疾保额宜达年收入的 {multiple} 倍</source>
        <translation>Critical illness cover should reach {multiple}× annual income</translation>
    </message>
    <message>
        <source>成人没有重疾保障（未登记收入，无法按收入测算保额）</source>
        <translation>Adult without critical illness cover (no income recorded to size it by)</translation>
    </message>
    <message>
        <source>子女重疾保额宜不低于 {minimum}</source>
        <translation>A child's critical illness cover should be at least {minimum}</translation>
    </message>
    <message>
        <source>没有医疗保障</source>
        <translation>No medical cover</translation>
    </message>
    <message>
        <source>意外保额宜达年收入的 {multiple} 倍</source>
        <translation>Accident cover should reach {multiple}× annual income</translation>
    </message>
    <message>
        <source>宽限期内</source>
        <translation>In grace period</translation>
    </message>
    <message>
        <source>宽限期即将结束</source>
        <translation>Grace period ending</translation>
    </message>
    <message>
        <source>已过宽限期，保单可能失效</source>
        <translation>Past the grace period: the policy may have lapsed</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>业务员</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>档案管理员</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>保单号</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>姓名拼音</source>
        <translation>Name in pinyin</translation>
    </message>
    <message>
        <source>拼音首字母</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>手机尾号</source>
        <translation>Mobile ending</translation>
    </message>
    <message>
        <source>证件尾号</source>
        <translation>ID ending</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信/邮箱</source>
        <translation>WeChat/e-mail</translation>
    </message>
    <message>
        <source>附件文字</source>
        <translation>Text in a scan</translation>
    </message>
    <message>
        <source>匹配依据</source>
        <translation>Matched by</translation>
    </message>
</context>
<context>
    <name>security_actions</name>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>备份到文件…</source>
        <translation>Back up to file…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>安全与隐私(&amp;Y)</source>
        <translation>Securit&amp;y and privacy</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>检查数据库完整性…</source>
        <translation>Check database integrity…</translation>
    </message>
    <message>
        <source>查看恢复密钥…</source>
        <translation>Show recovery key…</translation>
    </message>
    <message>
        <source>更换密钥…</source>
        <translation>Change key…</translation>
    </message>
    <message>
        <source>更改数据库口令…</source>
        <translation>Change database passphrase…</translation>
    </message>
    <message>
        <source>设置应用密码…</source>
        <translation>Set app password…</translation>
    </message>
    <message>
        <source>到期销毁…</source>
        <translation>Due for destruction…</translation>
    </message>
    <message>
        <source>正在检查数据库（页校验、结构、外键）…</source>
        <translation>Checking the database (pages, structure, foreign keys)…</translation>
    </message>
    <message>
        <source>数据库完好</source>
        <translation>Database is sound</translation>
    </message>
    <message>
        <source>所有检查都通过了。
{0}</source>
        <translation>Every check passed.
{0}</translation>
    </message>
    <message>
        <source>列表显示的总条数与实际行数不符，已重新计算：{0}</source>
        <translation>The totals the lists showed did not match the rows; they were counted again: {0}</translation>
    </message>
    <message>
        <source>数据库有问题</source>
        <translation>The database has problems</translation>
    </message>
    <message>
        <source>检查发现问题，请尽快从备份恢复：
{0}</source>
        <translation>The check found problems; please restore from a backup soon:
{0}</translation>
    </message>
    <message>
        <source>查看恢复密钥</source>
        <translation>Show recovery key</translation>
    </message>
    <message>
        <source>恢复密钥能打开整个档案。请确认身边没有旁人，屏幕没有在共享。查看会记入操作日志。</source>
        <translation>The recovery key opens the whole archive. Make sure nobody is looking and the screen is not shared. Viewing it is logged.</translation>
    </message>
    <message>
        <source>更换密钥</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>将用一把新的随机密钥重新加密整个档案，系统密钥环中的密钥随之更新。旧的恢复密钥从此作废；以前的备份仍需要旧的恢复密钥才能打开。

继续吗？</source>
        <translation>The whole archive will be re-encrypted with a new random key, and the key in the system keyring updated. The old recovery key stops working; older backups still need the old recovery key.

Continue?</translation>
    </message>
    <message>
        <source>密钥没有更换，档案保持原样</source>
        <translation>The key was not changed; the archive is unchanged</translation>
    </message>
    <message>
        <source>更改数据库口令</source>
        <translation>Change database passphrase</translation>
    </message>
    <message>
        <source>档案会用新口令重新加密。忘记口令，档案就无法打开，请牢记。</source>
        <translation>The archive will be re-encrypted with the new passphrase. Forget it and the archive cannot be opened — remember it.</translation>
    </message>
    <message>
        <source>请输入新口令。</source>
        <translation>Please enter a new passphrase.</translation>
    </message>
    <message>
        <source>当前口令不正确。</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <source>口令没有更改，档案保持原样</source>
        <translation>The passphrase was not changed; the archive is unchanged</translation>
    </message>
    <message>
        <source>口令已更改</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>下次打开档案时请使用新口令。</source>
        <translation>Use the new passphrase the next time you open the archive.</translation>
    </message>
    <message>
        <source>应用密码</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>多人共用一台电脑时，可以设置应用密码：锁定后要输入它才能解锁。它不是加密密钥，忘记时可用恢复密钥解锁。留空并确定即取消应用密码。</source>
        <translation>When several people share a computer, set an app password: unlocking then asks for it. It is not the encryption key; if forgotten, unlock with the recovery key. Leave it empty and press OK to remove it.</translation>
    </message>
    <message>
        <source>已设置应用密码。</source>
        <translation>App password set.</translation>
    </message>
    <message>
        <source>已取消应用密码。</source>
        <translation>App password removed.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>到期与续保提醒窗口（天）</source>
        <translation>Expiry reminder windows (days)</translation>
    </message>
    <message>
        <source>今日视图按这些天数分组显示即将到期的保单，例如 30,60,90</source>
        <translation>The Today view groups expiring policies by these numbers of days, e.g. 30,60,90</translation>
    </message>
    <message>
        <source>缴费提醒：到期前第几天</source>
        <translation>Premium reminders: days before due</translation>
    </message>
    <message>
        <source>保费在到期前这些天出现在今日视图；提醒过后隐藏，到下一个提醒日再出现，例如 1,7,30,45</source>
        <translation>An instalment comes up in Today on these days before it is due; once reminded it rests until the next of these days, e.g. 1,7,30,45</translation>
    </message>
    <message>
        <source>缴费提醒：逾期后第几天</source>
        <translation>Premium reminders: days into arrears</translation>
    </message>
    <message>
        <source>宽限期内未缴的保费在逾期后这些天再次提醒，例如 1,7,20</source>
        <translation>An instalment unpaid within the grace period comes up again on these days of arrears, e.g. 1,7,20</translation>
    </message>
    <message>
        <source>宽限期（天）</source>
        <translation>Grace period (days)</translation>
    </message>
    <message>
        <source>逾期超过宽限期仍未缴费的保单显示失效预警；《保险法》第三十六条规定人身保险为 60 天</source>
        <translation>Policies unpaid past the grace period get a lapse warning; Article 36 of the Insurance Law sets 60 days for life cover</translation>
    </message>
    <message>
        <source>犹豫期（天）</source>
        <translation>Hesitation period (days)</translation>
    </message>
    <message>
        <source>一年期以上人身保险新单的犹豫期，从生效日起算；新单回访应在犹豫期内完成，今日视图据此提醒</source>
        <translation>Hesitation period of new life, health and annuity policies of more than one year, from the effective date; the new-policy callback should fall within it, and Today reminds you</translation>
    </message>
    <message>
        <source>生日提前提醒（天）</source>
        <translation>Remind of birthdays (days ahead)</translation>
    </message>
    <message>
        <source>回访提前提醒（天）</source>
        <translation>Remind of follow-ups (days ahead)</translation>
    </message>
    <message>
        <source>0 表示只显示今天及已过期的回访</source>
        <translation>0 shows only today's and late follow-ups</translation>
    </message>
    <message>
        <source>理赔等待超过（天）提醒</source>
        <translation>Remind of claims waiting longer than (days)</translation>
    </message>
    <message>
        <source>投诉到期前提醒（天）</source>
        <translation>Remind of complaint deadlines (days ahead)</translation>
    </message>
    <message>
        <source>已提醒事项再次出现间隔（天）</source>
        <translation>Show reminded items again after (days)</translation>
    </message>
    <message>
        <source>提醒缴费、续保或告知理赔进度后，事项暂时隐藏，若仍未解决则在这些天后再次出现</source>
        <translation>After a payment or renewal reminder or a claim update the item is hidden; if still unresolved it returns after these days</translation>
    </message>
    <message>
        <source>投诉处理时限（天）</source>
        <translation>Complaint deadline (days)</translation>
    </message>
    <message>
        <source>新登记投诉的默认处理期限；监管要求 15 日内作出处理决定</source>
        <translation>Default deadline of a new complaint; the regulator asks for a decision within 15 days</translation>
    </message>
    <message>
        <source>高价值：年化保费达到（元）</source>
        <translation>High value: annualised premium from (yuan)</translation>
    </message>
    <message>
        <source>中价值：年化保费达到（元）</source>
        <translation>Medium value: annualised premium from (yuan)</translation>
    </message>
    <message>
        <source>有效保单件数：高</source>
        <translation>Policies in force: high</translation>
    </message>
    <message>
        <source>有效保单件数：中</source>
        <translation>Policies in force: medium</translation>
    </message>
    <message>
        <source>客户年限（年）：高</source>
        <translation>Years as a customer: high</translation>
    </message>
    <message>
        <source>客户年限（年）：中</source>
        <translation>Years as a customer: medium</translation>
    </message>
    <message>
        <source>寿险保额：有家人依靠其收入者，年收入的倍数</source>
        <translation>Life cover for an earner others depend on (× annual income)</translation>
    </message>
    <message>
        <source>保单检视按此倍数检查身故/寿险保障；0 表示不检查</source>
        <translation>The policy review checks death/life cover against this multiple; 0 turns the check off</translation>
    </message>
    <message>
        <source>重疾保额：每位成人年收入的倍数</source>
        <translation>Critical illness cover per adult (× annual income)</translation>
    </message>
    <message>
        <source>未登记收入的成人只检查是否有重疾保障；0 表示不按收入检查</source>
        <translation>Adults without a recorded income are only checked for having any critical illness cover; 0 turns the income check off</translation>
    </message>
    <message>
        <source>意外保额：有收入者年收入的倍数</source>
        <translation>Accident cover per earner (× annual income)</translation>
    </message>
    <message>
        <source>0 表示不检查</source>
        <translation>0 turns the check off</translation>
    </message>
    <message>
        <source>子女重疾保额不低于（元）</source>
        <translation>A child's critical illness cover at least (yuan)</translation>
    </message>
    <message>
        <source>未成年子女应有重疾和医疗保障</source>
        <translation>Minors should have critical illness and medical cover</translation>
    </message>
    <message>
        <source>保费负担提醒：年缴保费超过家庭年收入的（%）</source>
        <translation>Warn when yearly premiums exceed this share of household income (%)</translation>
    </message>
    <message>
        <source>生日祝福</source>
        <translation>Birthday wishes</translation>
    </message>
    <message>
        <source>缴费提醒</source>
        <translation>Premium reminder</translation>
    </message>
    <message>
        <source>续保提醒</source>
        <translation>Renewal reminder</translation>
    </message>
    <message>
        <source>理赔进度</source>
        <translation>Claim progress</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Festival greeting</translation>
    </message>
    <message>
        <source>发送前从记录填入花括号中的字段；可用的字段见输入框下方</source>
        <translation>The fields in braces are filled from the record before sending; the fields you can use are listed under the box</translation>
    </message>
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
        <source>终止后保管年限（年）</source>
        <translation>Retention after termination (years)</translation>
    </message>
    <message>
        <source>客户终止（不再有有效保单）后档案保管的年数；期满后出现在“到期待销毁”清单中。保险期间超过一年的业务档案，监管要求自合同终止起至少保存十年</source>
        <translation>Years an archive is kept after the customer is terminated; afterwards it appears in the “due for destruction” list. Regulations require business archives of policies longer than one year to be kept at least ten years after the contract ends</translation>
    </message>
    <message>
        <source>退出程序时自动备份</source>
        <translation>Back up automatically on exit</translation>
    </message>
    <message>
        <source>每次退出时把加密备份写入备份文件夹，并校验后才保留</source>
        <translation>On every exit, write an encrypted backup to the backup folder and keep it only once verified</translation>
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
        <source>保单检视</source>
        <translation>Policy review</translation>
    </message>
    <message>
        <source>消息模板</source>
        <translation>Message templates</translation>
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
    <name>startup</name>
    <message>
        <source>系统密钥环中的密钥打不开这个数据库文件（文件可能是从别的电脑复制来的）。</source>
        <translation>The key in the system keyring does not open this database file (it may have been copied from another computer).</translation>
    </message>
    <message>
        <source>也可以在这里输入恢复密钥。</source>
        <translation>You can also enter the recovery key here.</translation>
    </message>
    <message>
        <source>这把恢复密钥打不开这个数据库：它属于另一个数据库，或者是更换密钥之前的旧密钥。</source>
        <translation>This recovery key does not open this database: it belongs to another database, or predates a key change.</translation>
    </message>
    <message>
        <source>密钥未能存回系统密钥环</source>
        <translation>The key could not be stored in the system keyring</translation>
    </message>
    <message>
        <source>已用恢复密钥打开数据库，但无法把密钥存回系统密钥环：
{0}

下次打开时仍需要恢复密钥。</source>
        <translation>The database was opened with the recovery key, but the key could not be stored in the system keyring:
{0}

You will need the recovery key again next time.</translation>
    </message>
    <message>
        <source>系统密钥环</source>
        <translation>the system keyring</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>改用口令创建</source>
        <translation>Create with a passphrase instead</translation>
    </message>
    <message>
        <source>使用恢复密钥…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>最近的备份：{0}</source>
        <translation>Latest backup: {0}</translation>
    </message>
    <message>
        <source>从最近的备份恢复</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>选择备份文件…</source>
        <translation>Choose a backup file…</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>无法从备份恢复</source>
        <translation>Could not restore from the backup</translation>
    </message>
    <message>
        <source>已从备份恢复</source>
        <translation>Restored from the backup</translation>
    </message>
    <message>
        <source>已用备份“{0}”替换损坏的数据库。损坏的文件保留在：
{1}</source>
        <translation>The damaged database was replaced by backup “{0}”. The damaged file was kept at:
{1}</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>其他</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>保单件数</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>年化保费（元）</source>
        <translation>Annualised premium (yuan)</translation>
    </message>
    <message>
        <source>年化保费</source>
        <translation>Annualised premium</translation>
    </message>
    <message>
        <source>客户类型分布</source>
        <translation>Customers by kind</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>客户状态分布</source>
        <translation>Customers by status</translation>
    </message>
    <message>
        <source>客户状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>客户价值分层</source>
        <translation>Customers by value tier</translation>
    </message>
    <message>
        <source>客户价值</source>
        <translation>Value tier</translation>
    </message>
    <message>
        <source>各险种年化保费（有效保单）</source>
        <translation>Annualised premium by line (policies in force)</translation>
    </message>
    <message>
        <source>险种</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>各保险公司年化保费（有效保单）</source>
        <translation>Annualised premium by insurer (policies in force)</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>保单状态分布</source>
        <translation>Policies by status</translation>
    </message>
    <message>
        <source>保单状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理赔件数与金额（按状态）</source>
        <translation>Claims and amounts by status</translation>
    </message>
    <message>
        <source>理赔状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>理赔件数</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>申请金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>申请金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>实赔金额（元）</source>
        <translation>Amount paid (yuan)</translation>
    </message>
    <message>
        <source>实赔金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>续保率（按到期月份，一年期保单）</source>
        <translation>Renewal rate by month of expiry (one-year cover)</translation>
    </message>
    <message>
        <source>到期月份</source>
        <translation>Month of expiry</translation>
    </message>
    <message>
        <source>应续保件数</source>
        <translation>Due for renewal</translation>
    </message>
    <message>
        <source>已续保件数</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>续保率（%）</source>
        <translation>Renewal rate (%)</translation>
    </message>
    <message>
        <source>续保率</source>
        <translation>Renewal rate</translation>
    </message>
    <message>
        <source>投诉受理与平均办结天数（按受理月份）</source>
        <translation>Complaints and mean days to close, by month received</translation>
    </message>
    <message>
        <source>受理月份</source>
        <translation>Month received</translation>
    </message>
    <message>
        <source>受理件数</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已办结件数</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>平均办结天数</source>
        <translation>Mean days to close</translation>
    </message>
    <message>
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <source>{0}月</source>
        <translation>M{0}</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>天</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>业绩（按月）</source>
        <translation>Results (by month)</translation>
    </message>
    <message>
        <source>业绩（按季度）</source>
        <translation>Results (by quarter)</translation>
    </message>
    <message>
        <source>业绩（按年）</source>
        <translation>Results (by year)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>新单件数</source>
        <translation>New policies</translation>
    </message>
    <message>
        <source>新单年化保费（元）</source>
        <translation>New annualised premium (yuan)</translation>
    </message>
    <message>
        <source>新单年化保费</source>
        <translation>New annualised premium</translation>
    </message>
    <message>
        <source>续期实收保费（元）</source>
        <translation>Renewal premium received (yuan)</translation>
    </message>
    <message>
        <source>续期实收保费</source>
        <translation>Renewal premium received</translation>
    </message>
    <message>
        <source>佣金实收（元）</source>
        <translation>Commission received (yuan)</translation>
    </message>
    <message>
        <source>佣金实收</source>
        <translation>Commission received</translation>
    </message>
    <message>
        <source>继续率（按应缴月份，期缴保单）</source>
        <translation>Persistency (by month due, regular-premium policies)</translation>
    </message>
    <message>
        <source>应缴月份</source>
        <translation>Month due</translation>
    </message>
    <message>
        <source>13个月继续率（%）</source>
        <translation>13-month persistency (%)</translation>
    </message>
    <message>
        <source>13个月继续率</source>
        <translation>13-month persistency</translation>
    </message>
    <message>
        <source>25个月继续率（%）</source>
        <translation>25-month persistency (%)</translation>
    </message>
    <message>
        <source>25个月继续率</source>
        <translation>25-month persistency</translation>
    </message>
    <message>
        <source>欠缴保费（按宽限期状态）</source>
        <translation>Premium in arrears (by grace-period state)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>欠缴保费（元）</source>
        <translation>Premium owed (yuan)</translation>
    </message>
    <message>
        <source>欠缴保费</source>
        <translation>Premium owed</translation>
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
        <source>系统密钥环无法打开或创建（例如密钥环服务未运行，或创建密钥环的提示被取消）。请检查系统密钥环后重试；也可以用恢复密钥打开本次会话。</source>
        <translation>The system keyring cannot be opened or created (for example its service is not running, or the prompt to create it was cancelled). Check the system keyring and try again, or open this session with the recovery key.</translation>
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
        <source>这条记录在您打开之后已在别处（另一个窗口或程序）修改并保存；为免覆盖较新的内容，本次保存未执行。</source>
        <translation>This record was changed and saved elsewhere (another window or program) after you opened it; so as not to overwrite the newer content, this save was not carried out.</translation>
    </message>
    <message>
        <source>这一批写入中有一步未能完成，整批已撤销，档案没有任何改动。</source>
        <translation>A step of this batch of changes could not be completed, so the whole batch was undone. The archive is unchanged.</translation>
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
        <source>磁盘已满，无法打开数据库（打开时需要少量空间存放日志）。请先腾出磁盘空间再重试。数据库文件没有改动。</source>
        <translation>The disk is full, so the database cannot be opened (opening needs a little room for its log). Free some disk space and try again. The database file was not changed.</translation>
    </message>
    <message>
        <source>备份位置的磁盘空间不足，备份没有写成（未完成的副本已删除）。数据库本身没有任何改动。</source>
        <translation>The disk at the backup location is full; the backup was not written (the unfinished copy was removed). The database itself was not changed.</translation>
    </message>
    <message>
        <source>更换密钥未能完成（常见原因是磁盘空间不足）。数据库仍使用原来的密钥，原来的恢复密钥（或口令）仍然有效，数据没有受到影响。请释放磁盘空间后重试。</source>
        <translation>The key change did not complete (most often the disk is full). The database still uses the old key; the old recovery key (or passphrase) remains valid and no data was affected. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>不能把备份写到正在使用的数据库文件上。请选择其他文件名或位置。</source>
        <translation>A backup cannot be written over the database file in use. Choose another file name or location.</translation>
    </message>
    <message>
        <source>无法连接营业部服务器（地址、端口、用户名或口令有误，或服务器未运行）。本机档案没有任何改动。</source>
        <translation>Cannot reach the branch server (wrong address, port, user name or password, or the server is not running). The archive on this computer is unchanged.</translation>
    </message>
    <message>
        <source>与营业部服务器的连接中断了，这次操作没有写入任何内容。请检查网络后再试一次，填写的内容仍然保留。</source>
        <translation>The connection to the branch server was cut; nothing of this operation was written. Check the network and try again: what you typed is still there.</translation>
    </message>
    <message>
        <source>营业部的权限规则不允许这样操作。如需要，请联系经理。</source>
        <translation>The branch's rules do not allow this. Ask the manager if you need it.</translation>
    </message>
    <message>
        <source>营业部服务器的用户名或口令不正确。</source>
        <translation>Wrong user name or password for the branch server.</translation>
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
    <message>
        <source>这张保单已经续保过，请打开续保后的新保单。</source>
        <translation>This policy has already been renewed; open the renewal instead.</translation>
    </message>
    <message>
        <source>终身保单没有到期日期，无法续保。</source>
        <translation>A whole-life policy has no expiry date and cannot be renewed.</translation>
    </message>
    <message>
        <source>备份文件写入后校验未通过，已删除这份不可靠的备份。数据库本身没有改动。请检查磁盘后重试。</source>
        <translation>The backup failed verification after writing and was deleted as unreliable. The database itself is unchanged. Check the disk and try again.</translation>
    </message>
    <message>
        <source>所选文件不是完整可用的 agentbook 备份（已损坏、被截断或不是本程序的数据库）。当前数据库没有任何改动。</source>
        <translation>The chosen file is not a whole, usable agentbook backup (damaged, truncated or not this program's database). The current database was not changed.</translation>
    </message>
    <message>
        <source>这份备份的操作日志从第 {0} 条记录起校验不通过：记录被改动、删除或损坏。恢复后这段日志不可信。</source>
        <translation>This backup's audit log fails verification from entry {0} on: entries were changed, deleted or damaged. After a restore that part of the log cannot be trusted.</translation>
    </message>
    <message>
        <source>这份备份来自另一个档案（操作日志的第一条记录不同），恢复会用另一个档案的数据替换当前全部数据。</source>
        <translation>This backup comes from another archive (its audit log starts with a different entry); restoring it replaces all current data with that archive's data.</translation>
    </message>
    <message>
        <source>无法在所选位置建立备份文件夹（路径中有同名文件或没有权限）。数据库没有任何改动。</source>
        <translation>Cannot create the backup folder there (a file of that name is in the path, or permission is denied). The database was not changed.</translation>
    </message>
    <message>
        <source>档案已锁定。请先解锁，再继续操作。</source>
        <translation>The archive is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>档案已关闭。</source>
        <translation>The archive is closed.</translation>
    </message>
    <message>
        <source>数据库文件的部分内容已损坏（完整性检查未通过）。为避免进一步损失，程序没有继续使用它。请从最近的备份恢复。</source>
        <translation>Part of the database file is damaged (integrity check failed). To avoid further loss the program stopped using it. Please restore the latest backup.</translation>
    </message>
    <message>
        <source>此数据库使用口令加密（本机没有系统密钥环），没有恢复密钥。口令是打开它的唯一方式，请务必牢记。</source>
        <translation>This database is encrypted with a passphrase (no system keyring on this computer) and has no recovery key. The passphrase is the only way in — remember it.</translation>
    </message>
    <message>
        <source>恢复密钥有误，请逐组核对后重新输入。</source>
        <translation>The recovery key is wrong; check each group and enter it again.</translation>
    </message>
    <message>
        <source>销毁客户档案必须填写原因。</source>
        <translation>Destroying a customer archive needs a reason.</translation>
    </message>
    <message>
        <source>这个文件已经保存过：“{name}”（{category}，{owner}，{date} 添加），不再重复保存。</source>
        <translation>This file is already stored as “{name}” ({category}, {owner}, added {date}); it is not stored twice.</translation>
    </message>
    <message>
        <source>不能把客户与自己合并。</source>
        <translation>A customer cannot be merged with itself.</translation>
    </message>
    <message>
        <source>没有可以撤销的合并。</source>
        <translation>There is no merge to undo.</translation>
    </message>
    <message>
        <source>该客户的纸质档案已借出尚未归还，请先登记归还。</source>
        <translation>This customer's paper file is lent out and not yet returned; record its return first.</translation>
    </message>
    <message>
        <source>合并之后这些记录又被修改过，为免覆盖新的修改，不能撤销这次合并。</source>
        <translation>These records were changed after the merge; to avoid overwriting newer changes, the merge cannot be undone.</translation>
    </message>
    <message>
        <source>操作日志被截短或重写：上次记下 {0} 条（最新为第 {1} 条），现在共 {2} 条，从第 {3} 条起缺失或不同。</source>
        <translation>The audit log was cut short or rewritten: {0} entries were recorded last time (the newest was no. {1}); it now holds {2}, missing or different from no. {3} on.</translation>
    </message>
    <message>
        <source>只有效力中止的保单才能登记复效。</source>
        <translation>Only a lapsed policy can be reinstated.</translation>
    </message>
    <message>
        <source>营业部服务器上的这个数据库已有其他记录，不能迁入。请迁入刚用“branch init”建立、尚未使用的数据库。</source>
        <translation>This database on the branch server already holds other records; the archive cannot be moved into it. Move it into a database just created with “branch init” and not used yet.</translation>
    </message>
    <message>
        <source>这份档案已迁入过营业部服务器，之后本机又有改动。请在服务器上继续工作，或请管理员核对两边的记录。</source>
        <translation>This archive was moved to the branch server before and has changed on this computer since. Work on the server from now on, or ask the administrator to compare both copies.</translation>
    </message>
    <message>
        <source>本机档案的操作日志校验未通过，为免带着问题迁移，已停止。请先做数据库检查。</source>
        <translation>The audit log of the archive on this computer does not verify; the move was stopped so as not to carry the problem over. Check the database first.</translation>
    </message>
    <message>
        <source>迁移后的核对未通过（行数或操作日志链不一致），服务器上的这次迁移已撤销。</source>
        <translation>The check after the move failed (row counts or the audit chain differ); the move was undone on the server.</translation>
    </message>
    <message>
        <source>找不到 PostgreSQL 的 pg_dump / pg_restore 程序。请在这台电脑上安装 PostgreSQL 客户端工具。</source>
        <translation>PostgreSQL's pg_dump / pg_restore programs were not found. Install the PostgreSQL client tools on this computer.</translation>
    </message>
    <message>
        <source>营业部服务器的备份没有完成，已删除未完成的文件。服务器上的数据没有任何改动。</source>
        <translation>The branch server's backup did not complete; the unfinished file was removed. Nothing on the server was changed.</translation>
    </message>
    <message>
        <source>备份口令不正确，或备份文件已损坏、被截断。</source>
        <translation>Wrong backup passphrase, or the backup file is damaged or cut short.</translation>
    </message>
    <message>
        <source>驳回申请时请写明理由。</source>
        <translation>Give the reason when rejecting a request.</translation>
    </message>
    <message>
        <source>只有连接营业部服务器时才有人员与权限。</source>
        <translation>People and roles exist only on a branch server.</translation>
    </message>
    <message>
        <source>登录名须以小写字母开头，只含小写字母、数字和下划线，2–31 个字符。</source>
        <translation>A login starts with a lower-case letter and holds only lower-case letters, digits and underscores, 2–31 characters.</translation>
    </message>
    <message>
        <source>请至少选择一个角色：业务员、档案管理员、经理或审计员。</source>
        <translation>Choose at least one role: agent, archivist, manager or auditor.</translation>
    </message>
    <message>
        <source>口令至少 10 个字符。</source>
        <translation>The password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>营业部服务器上的档案版本较旧。请经理先在服务器上运行 agentbook branch init 升级，然后再连接。</source>
        <translation>The archive on the branch server is of an older version. Ask the manager to run agentbook branch init on the server first, then connect.</translation>
    </message>
    <message>
        <source>这台电脑还没有营业部的数据密钥，加密的证件号码、手机号等无法打开。请经理在“人员与权限”里为您重设口令，再用新口令登录。</source>
        <translation>This computer does not have the branch's data key yet, so the sealed ID and mobile numbers cannot be opened. Ask a manager to reset your password under “People and roles”, then sign in with the new password.</translation>
    </message>
    <message>
        <source>营业部的数据密钥用登录口令保护。请用口令登录营业部服务器（不要用免口令的本机登录）。</source>
        <translation>The branch's data key is protected by your sign-in password. Please sign in to the branch server with a password (not a password-less local login).</translation>
    </message>
    <message>
        <source>营业部服务器还没有数据密钥。请经理先用服务器的所有者账号打开一次营业部档案。</source>
        <translation>The branch server has no data key yet. Ask the manager to open the branch archive once with the server owner's account first.</translation>
    </message>
    <message>
        <source>营业部服务器上的加密字段无法解开：数据密钥不符，或数据已被改动。请联系经理。</source>
        <translation>Sealed fields on the branch server cannot be opened: the data key does not match, or the data was changed. Please contact the manager.</translation>
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
        <source>统一社会信用代码第 3–8 位是行政区划代码，应为数字</source>
        <translation>Characters 3–8 of a credit code are the region code and must be digits</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不正确，请核对</source>
        <translation>The credit code's check character is wrong; please check it</translation>
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
        <translation>A beneficiary share can have at most two decimals</translation>
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
        <source>同一主险或附加险的保障类型重复</source>
        <translation>A kind of cover appears twice for the same contract or rider</translation>
    </message>
    <message>
        <source>只有医疗保障可以填写免赔额</source>
        <translation>Only medical cover can have a deductible</translation>
    </message>
    <message>
        <source>等待期应在 0 到 730 天之间</source>
        <translation>The waiting period should be between 0 and 730 days</translation>
    </message>
    <message>
        <source>请填写产品名称</source>
        <translation>Enter the product</translation>
    </message>
    <message>
        <source>请至少选择一种保障类型</source>
        <translation>Choose at least one kind of cover</translation>
    </message>
    <message>
        <source>保险期间应在 0（终身）到 120 年之间</source>
        <translation>The period should be between 0 (whole life) and 120 years</translation>
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
        <source>宽限期应在 0 到 365 天之间</source>
        <translation>The grace period must be between 0 and 365 days</translation>
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
        <source>请填写佣金比例或固定金额（二选一）</source>
        <translation>Enter either a commission rate or a fixed amount</translation>
    </message>
    <message>
        <source>佣金比例应在 0 到 100% 之间</source>
        <translation>The commission rate must be between 0 and 100%</translation>
    </message>
    <message>
        <source>佣金比例最多保留两位小数</source>
        <translation>The commission rate can have at most two decimals</translation>
    </message>
    <message>
        <source>保单年度从 1 开始</source>
        <translation>Policy years start at 1</translation>
    </message>
    <message>
        <source>结束年度不能早于起始年度</source>
        <translation>The last year cannot be before the first</translation>
    </message>
    <message>
        <source>与已有规则（第 {first} 年起）的保单年度重叠</source>
        <translation>Overlaps the policy years of an existing rule (from year {first})</translation>
    </message>
    <message>
        <source>期数从 1 开始</source>
        <translation>Periods start at 1</translation>
    </message>
    <message>
        <source>到账日期不能晚于今天</source>
        <translation>The date received cannot be after today</translation>
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
        <source>审核通过、拒赔或赔付须填写审核日期</source>
        <translation>An approved, rejected or paid claim needs the decision date</translation>
    </message>
    <message>
        <source>已赔付须填写实赔金额</source>
        <translation>A paid claim needs the amount paid</translation>
    </message>
    <message>
        <source>已赔付前须收齐理赔材料，尚缺：{missing}</source>
        <translation>All claim documents must be in before payment; still missing: {missing}</translation>
    </message>
    <message>
        <source>拒赔须在备注中写明拒赔原因</source>
        <translation>For a rejection, give the reason in the remarks</translation>
    </message>
    <message>
        <source>拒赔的理赔不应有实赔金额</source>
        <translation>A rejected claim cannot have an amount paid</translation>
    </message>
    <message>
        <source>理赔状态不能从“{before}”改为“{after}”</source>
        <translation>The claim status cannot change from “{before}” to “{after}”</translation>
    </message>
    <message>
        <source>请填写沟通内容</source>
        <translation>Enter what was discussed</translation>
    </message>
    <message>
        <source>跟进日期不能早于沟通日期</source>
        <translation>The follow-up date cannot be before the contact</translation>
    </message>
    <message>
        <source>请选择客户</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>请选择材料类别</source>
        <translation>Please choose a category</translation>
    </message>
    <message>
        <source>请填写文件名</source>
        <translation>Please enter a file name</translation>
    </message>
    <message>
        <source>文件是空的，没有可保存的内容</source>
        <translation>The file is empty; there is nothing to store</translation>
    </message>
    <message>
        <source>文件过大（{size}），单个附件最大 {limit}。请压缩或分页扫描后再添加。</source>
        <translation>The file is too large ({size}); an attachment may be at most {limit}. Compress it or scan fewer pages per file.</translation>
    </message>
    <message>
        <source>请填写投诉内容</source>
        <translation>Describe the complaint</translation>
    </message>
    <message>
        <source>受理时间不能晚于今天</source>
        <translation>The complaint cannot be received after today</translation>
    </message>
    <message>
        <source>处理时限不能早于受理日期</source>
        <translation>The deadline cannot be before the day received</translation>
    </message>
    <message>
        <source>办结时间不能早于受理时间</source>
        <translation>It cannot be closed before it was received</translation>
    </message>
    <message>
        <source>办结前请填写处理结果</source>
        <translation>Enter the resolution before closing</translation>
    </message>
    <message>
        <source>办结前请填写向客户反馈的内容</source>
        <translation>Enter the reply given to the customer before closing</translation>
    </message>
    <message>
        <source>办结后才能记录满意度</source>
        <translation>Satisfaction is recorded when the complaint is closed</translation>
    </message>
    <message>
        <source>实缴金额应大于 0</source>
        <translation>The amount paid must be above 0</translation>
    </message>
    <message>
        <source>缴费日期不能晚于今天</source>
        <translation>The payment date cannot be after today</translation>
    </message>
    <message>
        <source>请选择缴费方法</source>
        <translation>Choose how it was paid</translation>
    </message>
    <message>
        <source>尚未记录客户的知情同意（《个人信息保护法》第十三、十四条）</source>
        <translation>The customer's informed consent has not been recorded (PIPL Arts. 13, 14)</translation>
    </message>
    <message>
        <source>已填写健康、财务或收入等敏感个人信息，但未取得单独同意（第二十九条）</source>
        <translation>Sensitive information (health, finances or income) is filled in without separate consent (Art. 29)</translation>
    </message>
    <message>
        <source>敏感个人信息：需取得客户的单独同意后再填写</source>
        <translation>Sensitive information: get the customer's separate consent before filling this in</translation>
    </message>
    <message>
        <source>客户未满 {age} 周岁，须取得其父母或其他监护人的同意（第三十一条）</source>
        <translation>The customer is under {age}: a parent's or other guardian's consent is required (Art. 31)</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be later than today</translation>
    </message>
    <message>
        <source>请填写同意的范围（处理目的与信息种类）</source>
        <translation>Enter the scope of consent (purposes and kinds of information)</translation>
    </message>
    <message>
        <source>请填写监护人姓名</source>
        <translation>Enter the guardian's name</translation>
    </message>
    <message>
        <source>请填写监护人与客户的关系</source>
        <translation>Enter the guardian's relation to the customer</translation>
    </message>
    <message>
        <source>收到日期不能晚于今天</source>
        <translation>The date received cannot be later than today</translation>
    </message>
    <message>
        <source>答复期限不能早于收到日期</source>
        <translation>The due date cannot be before the date received</translation>
    </message>
    <message>
        <source>答复日期不能早于收到日期</source>
        <translation>The answer date cannot be before the date received</translation>
    </message>
    <message>
        <source>答复日期不能晚于今天</source>
        <translation>The answer date cannot be later than today</translation>
    </message>
    <message>
        <source>请填写答复内容</source>
        <translation>Enter the answer</translation>
    </message>
    <message>
        <source>请至少填写柜、盒、卷中的一项</source>
        <translation>Enter at least one of cabinet, box or folder</translation>
    </message>
    <message>
        <source>请填写借阅人</source>
        <translation>Please enter the borrower</translation>
    </message>
    <message>
        <source>借出日期不能晚于今天</source>
        <translation>The loan date cannot be after today</translation>
    </message>
    <message>
        <source>应还日期不能早于借出日期</source>
        <translation>The due date cannot be before the loan date</translation>
    </message>
    <message>
        <source>归还日期不能早于借出日期</source>
        <translation>The return date cannot be before the loan date</translation>
    </message>
    <message>
        <source>归还日期不能晚于今天</source>
        <translation>The return date cannot be after today</translation>
    </message>
    <message>
        <source>金额格式不正确，例如 12,345.60 或 3.5万</source>
        <translation>Invalid amount, e.g. 12,345.60 or 3.5万</translation>
    </message>
    <message>
        <source>不是有效的电话号码</source>
        <translation>Not a valid telephone number</translation>
    </message>
    <message>
        <source>该号段尚未分配，请核对号码</source>
        <translation>This prefix is not allocated to any operator; please check the number</translation>
    </message>
    <message>
        <source>固定电话请加区号，例如 010-62345678</source>
        <translation>Add the area code to the landline, e.g. 010-62345678</translation>
    </message>
    <message>
        <source>这是固定电话或服务号码，请填在“固定电话”栏</source>
        <translation>This is a landline or service number; enter it under “Landline”</translation>
    </message>
    <message>
        <source>身份证号的地区码 {code} 不在国家行政区划代码表中，请核对</source>
        <translation>The region code {code} of this ID number is not in the national table of administrative divisions; please check it</translation>
    </message>
    <message>
        <source>身份证号的地区码 {code}（{county}）在 {year} 年已撤销，早于持证人出生，请核对</source>
        <translation>The region code {code} ({county}) of this ID number was withdrawn in {year}, before the holder was born; please check it</translation>
    </message>
    <message>
        <source>“{chars}”没有可用的字体，档案表上将印作〓，请核对或改用常用字</source>
        <translation>No font has “{chars}”: the archive sheet will print 〓 in its place; please check it or use a common character</translation>
    </message>
    <message>
        <source>申请日期不能晚于今天</source>
        <translation>The application date cannot be after today</translation>
    </message>
    <message>
        <source>请填写办结日期</source>
        <translation>Enter the completion date</translation>
    </message>
    <message>
        <source>办结日期不能早于申请日期</source>
        <translation>The completion date cannot be before the application date</translation>
    </message>
    <message>
        <source>只有保单贷款、还款和退保填写金额</source>
        <translation>Only a policy loan, a repayment or a surrender has an amount</translation>
    </message>
    <message>
        <source>请选择保单</source>
        <translation>Choose a policy</translation>
    </message>
    <message>
        <source>模板不能为空</source>
        <translation>The template cannot be empty</translation>
    </message>
    <message>
        <source>模板中的花括号不成对或是空的，字段请写成｛称呼｝这样</source>
        <translation>The braces in the template do not pair up or are empty; write a field like ｛称呼｝</translation>
    </message>
    <message>
        <source>模板中没有这些字段：{unknown}；可用的字段：{known}</source>
        <translation>The template names fields that do not exist: {unknown}; the fields available: {known}</translation>
    </message>
    <message>
        <source>照片中没有读到 18 位公民身份号码</source>
        <translation>No 18-digit citizen ID number was read in the photo</translation>
    </message>
    <message>
        <source>照片上的出生日期与身份证号不一致，已按号码填写</source>
        <translation>The date of birth on the photo disagrees with the ID number; the number's date was used</translation>
    </message>
    <message>
        <source>照片上的性别与身份证号不一致，已按号码填写</source>
        <translation>The sex on the photo disagrees with the ID number; the number's sex was used</translation>
    </message>
    <message>
        <source>没有读清有效期限，请对照身份证背面核对</source>
        <translation>The validity period could not be read; check it against the back of the ID card</translation>
    </message>
    <message>
        <source>有效期限中的日期不存在，请对照身份证背面核对</source>
        <translation>A date in the validity period does not exist; check it against the back of the ID card</translation>
    </message>
    <message>
        <source>有效期限的起始日期在今天之后，请核对</source>
        <translation>The validity period starts after today; please check</translation>
    </message>
    <message>
        <source>长期有效的身份证只发给 46 岁及以上的人</source>
        <translation>Long-term ID cards are issued only to people aged 46 or over</translation>
    </message>
    <message>
        <source>有效期限的截止日期不在起始日期之后，请核对</source>
        <translation>The validity period does not end after it starts; please check</translation>
    </message>
    <message>
        <source>有效期限不是 5 年、10 年或 20 年，请核对</source>
        <translation>The validity period is not 5, 10 or 20 years; please check</translation>
    </message>
    <message>
        <source>身份证已于 {date} 过期，请客户提供有效证件</source>
        <translation>The ID card expired on {date}; ask the customer for a valid document</translation>
    </message>
    <message>
        <source>身份证将于 {date} 到期，请提醒客户换领</source>
        <translation>The ID card expires on {date}; remind the customer to renew it</translation>
    </message>
    <message>
        <source>识别的文字不属于任何档案材料</source>
        <translation>The recognised text belongs to no attachment</translation>
    </message>
    <message>
        <source>页数不能为负数</source>
        <translation>The number of pages cannot be negative</translation>
    </message>
    <message>
        <source>识别的文字过长</source>
        <translation>The recognised text is too long</translation>
    </message>
    <message>
        <source>未注明识别引擎</source>
        <translation>The recognition engine is not named</translation>
    </message>
    <message>
        <source>正在识别文字，请稍候，或点“停止识别”</source>
        <translation>Reading the text; please wait, or click “Stop reading”</translation>
    </message>
    <message>
        <source>金额没有读清，请对照保单填写</source>
        <translation>The amount could not be read; enter it from the policy</translation>
    </message>
    <message>
        <source>读到的金额不大于零，请对照保单填写</source>
        <translation>The amount read is not above zero; enter it from the policy</translation>
    </message>
    <message>
        <source>保险期间没有读清，请对照保单填写</source>
        <translation>The period could not be read; enter it from the policy</translation>
    </message>
    <message>
        <source>保单上的日期不存在，请对照保单核对</source>
        <translation>A date on the policy does not exist; check it against the policy</translation>
    </message>
    <message>
        <source>保险期间的结束日期不在生效日期之后，请核对</source>
        <translation>The period does not end after the effective date; please check</translation>
    </message>
    <message>
        <source>读到的保费高于保额，可能把两者读反了，请核对</source>
        <translation>The premium read is higher than the sum insured; they may have been swapped, please check</translation>
    </message>
    <message>
        <source>整理后的页面与原件不属于同一位客户</source>
        <translation>The cleaned page and its original belong to different customers</translation>
    </message>
    <message>
        <source>保单 {policy} 第 {period} 期：</source>
        <translation>Policy {policy}, instalment {period}:</translation>
    </message>
    <message>
        <source>日期应为 YYYY-MM-DD</source>
        <translation>Dates should be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>请填写申请日期</source>
        <translation>Enter the application date</translation>
    </message>
</context>
<context>
    <name>workday</name>
    <message>
        <source>登记缴费</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>这一期已登记为已缴，要修改缴费信息吗？</source>
        <translation>This instalment is already recorded as paid. Change its payment details?</translation>
    </message>
    <message>
        <source>续保</source>
        <translation>Renew policy</translation>
    </message>
    <message>
        <source>这张保单已续保为 {0}。</source>
        <translation>This policy was renewed as {0}.</translation>
    </message>
    <message>
        <source>标记失效</source>
        <translation>Mark lapsed</translation>
    </message>
    <message>
        <source>将保单 {0} 标记为失效（效力中止）？
客户补缴保费后可申请复效。</source>
        <translation>Mark policy {0} lapsed (cover suspended)?
The customer can apply for reinstatement after paying the premiums owed.</translation>
    </message>
    <message>
        <source>缴费计划</source>
        <translation>Payment schedule</translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 期缴费记录。</source>
        <translation>
            <numerusform>Generated %n instalment.</numerusform>
            <numerusform>Generated %n instalments.</numerusform>
        </translation>
    </message>
    <message>
        <source>登记复效</source>
        <translation>Record reinstatement</translation>
    </message>
    <message>
        <source>保单 {0}（{1}）已补缴保费并经保险公司同意复效？登记后保单恢复有效，并记入保全记录。</source>
        <translation>Has policy {0} ({1}) paid its arrears and been reinstated by the insurer? Once recorded the policy is in force again, and the servicing log says so.</translation>
    </message>
</context>
</TS>