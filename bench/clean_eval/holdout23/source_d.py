"""Holdout 23, part D: WeChat mirrors, 范文 apps, Q&A and encyclopaedia pages, forwarded mails
and a print view (a hotel association, a seniors' university, a gas company, a provident-fund
Q&A, a notary encyclopaedia, a survey institute's mail). Invented text."""

CASES = [
    dict(
        slug="wechat-mirror-jiudian-html-pledge",
        site="公号镜像站·微读 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://weidu-mirror.example.com/mp/s/8kQwZ2rT",
        title="关于杜绝餐饮浪费、践行光盘行动的倡议",
        record_title="倡议｜关于杜绝餐饮浪费、践行光盘行动的倡议",
        date="2025-05-06",
        notes="WeChat mirror HTML: account line with 原创 badge, a follow prompt at the top, 'read the original' link, like/在看 row, mirror's own footer; signature date",
        page="""
<html><head><meta charset="utf-8"><title>倡议｜关于杜绝餐饮浪费、践行光盘行动的倡议</title></head><body>
<div class="mirror-top">⟦m 微读 · 公众号文章备份⟧</div>
<h1>⟦t 倡议｜关于杜绝餐饮浪费、践行光盘行动的倡议⟧</h1>
<div class="acct">⟦m 原创　澜城酒店行业协会　2025-05-07 18:20　浙江⟧</div>
<p class="top-tip">⟦a 点击上方蓝字，关注我们⟧</p>
<div class="rich">
{BODY}
</div>
<div class="end">⟦l 阅读原文　·　阅读 1.2万　·　赞 86　·　推荐 39⟧</div>
<div class="qr">⟦a 长按识别二维码，关注澜城酒店行业协会⟧</div>
<div class="mirror-foot">⟦d 本站仅备份公开文章，版权归原公众号所有⟧</div>
</body></html>
""",
        date_also=["2025-05-07"],
        body="""
全市各餐饮企业、酒店会员单位：
厉行节约、反对浪费是中华民族的传统美德。为进一步推动餐饮行业节约用餐，澜城酒店行业协会向全行业发出如下倡议：
一、提供小份菜、半份菜，主动提醒顾客适量点餐。
二、在餐桌摆放“光盘行动”提示牌，为顾客免费提供打包服务。
三、加强后厨管理，科学采购、合理储存，减少食材损耗。
四、把节约用餐纳入员工培训，做到人人知晓、人人践行。
澜城酒店行业协会
2025年5月6日
""",
    ),
    dict(
        slug="wechat-mirror-laodaxue-text-speech",
        site="号外文摘 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://haowai-wz.example.net/a/20250912/3318",
        title="在老年大学2025年秋季学期开学典礼上的讲话",
        record_title=None,
        date="2025-09-10",
        notes="text mirror without record title: the account's banner, the title, a speaker line and a date under the title; a 'share to friends' row and copyright line; the account date is later",
        date_also=["2025-09-12"],
        page="""
!m 号外文摘 — 好文章不该被遗忘
!m 来源公众号：鹤城老年大学　｜　2025年9月12日
{T}
校长　庞秀芝
（2025年9月10日）
{BODY}
!l 分享给朋友　｜　收藏　｜　在看
!d 文章来源于公众号，如有侵权请联系我们删除。
""",
        body="""
各位学员、各位老师：
大家好！金秋九月，我们迎来了新学期开学。本学期，学校共有学员1860人，新开设了古琴、摄影后期、智能手机应用等6个课程。
学校将继续坚持“增长知识、丰富生活、陶冶情操、促进健康、服务社会”的办学宗旨，为大家创造良好的学习环境。
希望各位学员按时上课、遵守纪律，注意上下楼梯和过马路的安全。
祝大家学习进步、身体健康！
""",
    ),
    dict(
        slug="wechat-mirror-gas-text-notice-buttons",
        site="公号存档馆 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gzh-archive.example.org/p/5521907",
        title="关于开展2025年冬季入户安检工作的通知",
        record_title="关于开展2025年冬季入户安检工作的通知 | 公号存档馆",
        date="2025-10-20",
        notes="archive mirror: the gas company's notice with its own service hotline, a 'scan to book' sentence inside the body, glued action icons after the last line",
        page="""
!m 公号存档馆 / 民生服务类 / 霁川燃气
!t 关于开展2025年冬季入户安检工作的通知 | 公号存档馆
!m 霁川燃气　2025-10-20　阅读 5611
{BODY}
!l 往期推荐：燃气缴费方式大全｜燃气灶选购小知识
!a 点赞　转发　写留言
""",
        body="""
尊敬的用户：
为保障冬季用气安全，我公司将于2025年10月27日至12月31日开展冬季入户安检工作。现将有关事项通知如下：
一、安检内容：检查燃气表、管道、阀门、软管和燃气灶具的安全状况，宣传安全用气知识。
二、预约方式：用户可扫描小区公告栏上的二维码预约安检时间，也可拨打服务热线96777预约。
三、安检人员统一着工装、佩戴工作证，安检不收取任何费用，请警惕冒充人员推销产品。
霁川燃气集团有限公司
2025年10月20日⟦a ♡ 转发 ☆⟧
""",
    ),
    dict(
        slug="fanwenapp-bigan-text-share-page",
        site="笔杆范文APP (invented)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://m.bigan-app.example.com/share/article?id=881730&from=wx",
        title="机关事务管理局2025年节能工作计划",
        record_title="机关事务管理局2025年节能工作计划（可编辑）",
        date=None,
        notes="app share page: open-in-app banner, remaining-reads counter, the plan with an energy table; a 'more templates in the app' footer; no date",
        page="""
!a 打开笔杆范文APP，阅读全文更流畅
!t 机关事务管理局2025年节能工作计划（可编辑）
!m 笔杆范文 · 工作计划 · 3.6k人已读
{BODY}
!a 今日免费阅读次数剩余 2 次
!l App内还有 12 万篇同类范文 ›
""",
        body="""
2025年，我局将以建设节约型机关为目标，扎实推进公共机构节能降耗工作。
一、工作目标
指标　2024年实际　2025年目标
人均综合能耗（千克标准煤）　312　305
单位面积能耗（千克标准煤/平方米）　9.8　9.5
人均用水量（立方米）　22.6　21.8
二、主要措施
（一）推进节能改造。对机关办公区照明系统进行LED改造，更换老旧空调12台。
（二）加强用能管理。实行分楼层计量，每月公布各处室用电量。
（三）开展节能宣传。组织节能宣传周活动，倡导绿色出行和无纸化办公。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-text-reading-mode",
        site="写作宝 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://xiezuobao.example.cn/r/57731",
        title="外事办2024年度工作总结",
        record_title="外事办2024年度工作总结_写作宝",
        date="2024-12-25",
        notes="reading mode of a writing app: toolbar line, AI-rewrite button glued after a paragraph, page markers ⊰n⊱ glued or not cutting sentences",
        pages=dict(fmt="⊰{n}⊱", every=150, start=2, glue="mix"),
        page="""
!a ← 返回　　Aa 字体　　☾ 夜间　　⇪ 导出
!t 外事办2024年度工作总结_写作宝
{BODY}
!a AI一键改写 · 智能扩写 · 查重
!d 范文仅供参考，请勿直接用于正式场合
""",
        body="""
2024年，市外事办在市委、市政府领导下，围绕服务全市开放发展大局，统筹做好外事管理和对外交流工作。
一是外事管理更加规范。全年审核因公出国（境）团组46批次，严格执行外事审批制度，未发生违规出访问题。
二是友城交流持续深化。接待外国友好城市代表团5批次，新缔结国际友好交流城市2对，推动签署教育合作协议1项。
三是服务保障有力有效。为企业办理APEC商务旅行卡62张，协助处理涉外突发事件3起。⟦a 【复制本段】⟧
2025年，我们将进一步拓展友城资源，提升外事服务水平。
市人民政府外事办公室
2024年12月25日
""",
    ),
    dict(
        slug="qa-gongjijin-html-answers",
        site="问问家 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenjia.example.com/q/3301872.html",
        title="住房公积金提取需要哪些材料？",
        record_title=None,
        date="2025-07-09",
        notes="Q&A HTML: the question is the title, an accepted answer with its own list and the centre's 12329 hotline, 回答于 time as the page date, vote bar and other answers",
        page="""
<html><head><meta charset="utf-8"><title>问问家 - 有问题，就来问问家</title></head><body>
<div class="top">⟦m 问问家⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问问家 › 生活 › 社保公积金⟧</div>
<h1>⟦t 住房公积金提取需要哪些材料？⟧</h1>
<div class="qmeta">⟦m 提问者：小周不加班　·　浏览 3587 次⟧</div>
<div class="best"><div class="tag">⟦m 最佳答案⟧</div>
<div class="author">⟦m 澜水公积金小助手　回答于 2025-07-09⟧</div>
{BODY}
<div class="vote">⟦l 有用(214)　没用(3)　评论(11)⟧</div></div>
<div class="others">⟦l 其他 4 条回答 ▾⟧</div>
<div class="similar">⟦l 相似问题：公积金贷款额度怎么算？ · 离职后公积金怎么办？⟧</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考⟧ ⟦m © 2025 wenwenjia.example.com⟧</div>
</body></html>
""",
        body="""
你好，提取住房公积金一般需要以下材料：
1. 本人身份证原件；
2. 本人名下银行卡（一类卡）；
3. 提取事由证明材料，比如购房合同和发票、租房合同、退休证明等。
现在大部分城市都可以在公积金中心的手机APP或网上服务大厅办理，材料拍照上传就行，不用跑窗口。具体可以打12329问一下当地的要求。
""",
    ),
    dict(
        slug="qa-yaoshi-text-letter-sample",
        site="搜问社区 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="http://souwen.example.org/question/88102",
        title="商请支持开展友好城市青少年交流活动的函怎么写",
        record_title="商请支持开展友好城市青少年交流活动的函怎么写？求范文",
        date=None,
        notes="Q&A text with a sample 函 inside the answer with ××××年××月××日 placeholders (no date), an answerer's badge and follow button",
        page="""
!m 搜问社区 > 公文写作
!t 商请支持开展友好城市青少年交流活动的函怎么写？求范文
!m 3个回答　·　1,206人浏览
!m 答主：公文老秦（认证：机关文字工作者）
!a ＋关注答主
{BODY}
!l 赞同 57　｜　反对　｜　收藏　｜　举报
!l 更多回答 ›
""",
        body="""
这种函属于商洽函，写法不难，给你一个样本参考：
××市人民政府外事办公室：
为增进两市青少年之间的友谊，我市拟于××××年××月组织30名中学生赴贵市开展友好交流活动，为期5天。恳请贵办在学校参访、家庭接待等方面给予支持和协助。
如蒙同意，请函复为盼。
××市人民政府外事办公室
××××年××月××日
注意两点：一是商洽事项要写具体，二是结尾用“请函复为盼”之类的用语，语气要谦和。
""",
    ),
    dict(
        slug="baike-gongzheng-html-entry",
        site="知典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhidian.example.com/item/遗嘱公证",
        title="遗嘱公证",
        record_title="遗嘱公证_知典百科",
        date=None,
        notes="encyclopaedia HTML: edit links per section, a catalogue box, reference list, contributors; example dates inside sentences are not dates",
        page="""
<html><head><meta charset="utf-8"><title>遗嘱公证_知典百科</title></head><body>
<div class="hd">⟦m 知典百科　全球中文知识库⟧ ⟦a 进入词条⟧ ⟦a 帮助⟧</div>
<h1>⟦t 遗嘱公证⟧</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 办理程序 3 注意事项⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 公证程序规则. 知典法规库⟧</div>
<div class="contrib">⟦m 词条统计　浏览次数：28710　编辑次数：9次历史版本⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需法律帮助请咨询专业人士⟧</div>
</body></html>
""",
        body="""
遗嘱公证是指公证机构按照法定程序证明遗嘱人设立遗嘱行为真实、合法的活动。
办理遗嘱公证，遗嘱人应当亲自到公证机构提出申请，提交身份证明、财产权利证明等材料。遗嘱人因病或者其他特殊原因不能亲自到公证机构的，可以申请公证员上门办理。
例如，遗嘱人于2020年5月8日办理了遗嘱公证，后于2023年10月12日又立了自书遗嘱，内容与公证遗嘱相抵触的，按照民法典的规定，以最后所立的遗嘱为准。
""",
    ),
    dict(
        slug="baike-wenda-text-qingshi-entry",
        site="办公百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://bangong-baike.example.net/wiki/地名命名请示",
        title="地名命名请示",
        record_title=None,
        date=None,
        notes="text wiki entry with title missing from the record; the entry name appears alone on a line; a '本词条由…审核' line and related entries; a template placeholder 20××年×月×日",
        page="""
!m 办公百科 › 公文 › 请示
{T}
!m 本词条由 办公百科公文编辑组 审核　最后修改：3天前
{BODY}
!l 相关词条：请示　｜　批复　｜　地名管理条例
!a 纠错　·　分享词条
""",
        body="""
地名命名请示是地名主管部门就新建道路、桥梁、居民区等的命名事项，向本级人民政府请求批准时使用的请示。
其正文一般包括命名缘由、拟定名称及其含义、征求意见情况和请示事项，结尾常用“妥否，请批示”。
落款写发文机关名称，成文日期写作20××年×月×日，并加盖印章。
""",
    ),
    dict(
        slug="mail-fwd-cehui-text-chain",
        site="测绘院邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://mail.cehui-inst.example.cn/INBOX/18833",
        title="关于开展2025年度测绘成果质量检查的通知",
        record_title="转发：关于开展2025年度测绘成果质量检查的通知",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="forwarded mail: the mail's own headers and a colleague's note, the document's 附件 list; the mail send date differs from the 成文日期",
        page="""
!m 发件人：院办公室 <office@cehui-inst.example.cn>
!m 发送时间：2025年6月10日 星期二 09:14
!m 收件人：各生产部门负责人
!m 主题：转发：关于开展2025年度测绘成果质量检查的通知
!m 各位：转发省局通知，请按要求准备，6月20日前把自查报告发我。——院办 陆
!m -------- 原始邮件 --------
{T}
{BODY}
!d 此邮件及其附件含有内部信息，如误收请立即删除
""",
        body="""
各测绘资质单位：
为加强测绘成果质量管理，根据《测绘成果质量监督抽查管理办法》，省测绘地理信息局决定开展2025年度测绘成果质量检查。现将有关事项通知如下：
一、检查范围：2024年以来完成的基础测绘、不动产测绘和工程测量项目成果。
二、检查方式：采取单位自查与现场抽查相结合的方式，各单位于6月30日前完成自查并报送自查报告。
三、检查结果将作为测绘资质年度核查和信用评价的重要依据。
附件：1.测绘成果质量自查表
2.抽查项目清单
省测绘地理信息局
2025年6月9日
""",
    ),
    dict(
        slug="mail-fwd-jiaxiao-text-reply-chain",
        site="顺安驾校企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://exmail.shunan-jx.example.com/sent/2025-04-0077",
        title="关于申请更新教练车辆的请示",
        record_title="Re: 回复：关于申请更新教练车辆的请示.docx",
        date="2025-04-02",
        notes="mail reply chain: quoted replies above the forwarded request, mail signature with phone, a 'sent from my phone' line; the request has a vehicle table and its own 联系人",
        page="""
!m 发件人：总经理办公室
!m 时间：2025-04-03 16:40
!m 主题：Re: 回复：关于申请更新教练车辆的请示.docx
!m 同意，按程序办理。
!m > 在 2025-04-02 18:11，教学部 写道：
!m > 请示已拟好，请领导审阅。
{BODY}
!m —— 顺安驾驶员培训学校 总经理办公室　电话：0372-5561208
!m 发自我的手机
""",
        body="""
公司领导：
我校现有教练车中，有14辆已使用满8年，车况较差、维修费用高，存在一定安全隐患。为保障教学安全，提高教学质量，拟申请更新教练车辆，具体如下：
车型　数量　预算（万元）
C1手动挡教练车　10　78
C2自动挡教练车　4　34
以上共计112万元，拟从学校发展基金中列支。
妥否，请批示。
联系人：教学部　常建峰　13937201188
教学部
2025年4月2日
""",
    ),
    dict(
        slug="print-html-laodaxue-enrol-notice",
        site="鹤城老年大学 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hclndx.example.org.cn/print.aspx?id=1902",
        title="鹤城老年大学2025年秋季招生简章",
        record_title="〖打印预览〗鹤城老年大学2025年秋季招生简章",
        date="2025-07-28",
        notes="print-view HTML: print toolbar, the article's source line, a course/fee table, the school's own 报名电话 and a sentence telling applicants to scan a code; a print footer",
        page="""
<html><head><meta charset="utf-8"><title>〖打印预览〗鹤城老年大学2025年秋季招生简章</title></head><body>
<div class="noprint">⟦a 〖打印本页〗〖关闭窗口〗〖返回原文〗⟧</div>
<h2>⟦t 鹤城老年大学2025年秋季招生简章⟧</h2>
<div class="src">⟦m 来源：教务处　时间：2025-07-28　出处：鹤城老年大学网⟧</div>
{BODY}
<div class="pf">⟦m ─── 页 1 / 1 ───⟧</div>
<div class="pf">⟦m 网址：www.hclndx.example.org.cn⟧</div>
</body></html>
""",
        body="""
鹤城老年大学2025年秋季学期招生工作即将开始，现将有关事项公告如下：
一、招生对象：本市常住、身体健康、年龄在50至80周岁的中老年人。
二、开设专业及收费：
专业　学制　学费（元/学期）
书法　一年　300
声乐　一年　300
智能手机应用　半年　200
三、报名时间：8月18日至8月22日。报名可到学校教务处现场办理，也可扫描二维码在线报名。
报名电话：0391-3126680。
鹤城老年大学
2025年7月28日
""",
    ),
]
