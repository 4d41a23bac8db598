"""holdout241, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="wiki-wanxiang-bumper-strip-entry-infobox",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangbaike.com/item/防撞条/30271",
        title="防撞条",
        record_title="防撞条（安全防护材料）_万象百科",
        date=None,
        notes=(
            "encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after a 。, "
            "an edit link glued to a section heading; the entry name that opens the body (head); no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>防撞条（安全防护材料）_万象百科</title></head>
<body>
<div class="wx-top">⟦m 万象百科 · 人人可编的知识库⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条 ┊ 讨论 ┊ 编辑 ┊ 历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m （安全防护材料）⟧</div>
<div class="infobox">⟦m 中文名：防撞条　外文名：bumper strip　类别：安全防护材料　常见材质：橡胶、PVC⟧</div>
<div class="toc">⟦l 目录：1 分类　2 性能要求　3 安装方式⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 建筑防撞护角通用技术条件 ┊ [2] 停车场安全设施设置指南⟧</div>
<div class="wx-stat">⟦m 浏览 8,412 次 · 编辑 17 次 · 最近更新：5 天前⟧</div>
<aside>⟦l 相关词条：护角条 · 减速带 · 车位挡轮器⟧</aside>
<div class="wx-foot">⟦d 万象百科词条内容由网友协作编辑，仅供参考，不构成专业意见。⟧</div>
<script src="/static/lemma.js"></script>
</body></html>
""",
        body="""
防撞条是安装在墙角、柱面、门边、家具棱角等部位，用于缓冲碰撞、保护人员和物体的条状防护材料，又称防撞护角、护墙条。⟦m [1]⟧
1 分类
按材质可分为橡胶防撞条、PVC防撞条、发泡聚氨酯防撞条和铝合金基座防撞条等；按用途可分为车库防撞条、家居防撞条、医用防撞扶手和码头护舷条等。
2 性能要求⟦a ✐ 修改此段⟧
防撞条应具有一定的弹性和耐磨性，室外使用的还应耐候、耐低温。车库用防撞条表面通常带有黄黑相间的反光警示纹，便于驾驶人识别。⟦m [2]⟧
3 安装方式
常见的安装方式有背胶粘贴、螺钉固定和卡槽嵌装三种。儿童活动场所多采用背胶粘贴的软质防撞条，车库和仓库多采用螺钉固定。
""",
    ),
    dict(
        slug="wiki-wuzhi-number-tag-entry-text",
        site="物知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://wuzhibaike.cn/wiki/号码牌",
        title="号码牌",
        record_title="号码牌 - 物知百科 · 体育词条",
        date=None,
        notes=(
            "encyclopaedia as text: the entry name as a title line that also opens the body (head); edit tabs, a "
            "views line with an update stamp (3 天前, no date), a category line and a 'collaborators' line"
        ),
        page="""
!m 物知百科
!a 编辑词条 ┆ 发起讨论 ┆ 查看历史
{T}
!m 所属分类：体育用品 · 赛事器材
!m 本词条浏览 2.6万次　最近更新：3 天前
{BODY}
!l 词条标签：体育　马拉松　计时芯片
!m 协作编辑者：跑圈老吴、小林同学等 9 人
!d 物知百科提醒：词条内容可能随时被修改，请以权威资料为准。
""",
        body="""
号码牌是体育比赛中用于识别运动员身份的标识，一般用纸质、塑料或无纺布制成，印有参赛号码，比赛时佩戴在运动员胸前或背后。
在田径、马拉松、自行车等项目中，号码牌背面常粘贴计时芯片，运动员通过起点和终点时，感应装置可以自动记录成绩。
号码牌的颜色通常用来区分组别。例如，一些城市马拉松用红色表示全程、蓝色表示半程。
佩戴号码牌有一定的规范：号码应完整露出，不得折叠、剪裁或遮挡；比赛结束前不得转让他人，冒名顶替者将被取消成绩。
除体育比赛外，医院候诊、银行排队、寄存物品时发放的编号牌，也常被称作号码牌。
""",
    ),
    dict(
        slug="netdisk-jianguo-lantern-rack-hoisting-rules-pdf",
        site="坚果网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.jianguowp.com/s/7HcQ2vLk",
        title="灯笼架吊装作业安全规程",
        record_title="灯笼架吊装作业安全规程.pdf",
        date=None,
        notes=(
            "cloud-drive preview: file name with size and validity, an extraction-code line, save/download buttons, "
            "VIP prompts on lines of their own and after the text; a rule with 第一条…第七条 and no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>坚果网盘 - 分享文件</title></head>
<body>
<div class="jg-head">⟦m 坚果网盘⟧ ⟦m 装得下，找得到⟧ <a>⟦a 登录⟧</a></div>
<div class="file">
<h2>⟦t 灯笼架吊装作业安全规程.pdf⟧</h2>
<p>⟦m 1.2MB　分享者：节庆工程部　有效期：永久⟧</p>
<p>⟦m 提取码已自动填充⟧</p>
<div class="btns"><button>⟦a 保存到我的坚果⟧</button><button>⟦a 下载（需开通超级会员）⟧</button></div>
</div>
<div class="preview">
<p class="doc-h">{T}</p>
{BODY}
</div>
<div class="vip">⟦a 超级会员可在线预览全部页面并极速下载⟧</div>
<div class="jg-side">⟦l 该用户的其他分享：节庆亮化施工组织设计.docx⟧</div>
<div class="jg-foot">⟦d 坚果网盘严厉打击侵权及违法内容分享，发现请举报⟧</div>
<script src="/share/preview.js"></script>
</body></html>
""",
        body="""
第一条　为规范节日灯笼架吊装作业，防止高处坠落、物体打击和触电事故，制定本规程。
第二条　吊装作业前，作业负责人应勘察现场，确认地面承载力、架空线路和周边通行情况，划定警戒区域。
第三条　吊装作业人员须持有效证件上岗，高处作业系好安全带，戴安全帽。
⟦a 非会员仅可预览前 3 页，开通后查看剩余内容⟧
第四条　灯笼架吊起后，下方严禁站人；风力达到五级以上或雨雪天气，应停止吊装作业。
第五条　灯笼架就位后，应立即紧固地脚螺栓，加设配重，经验收合格后方可挂灯通电。
第六条　灯笼、灯串应使用防水型产品，电源线不得直接缠绕在金属架体上。
第七条　本规程由公司安全管理部负责解释。
""",
    ),
    dict(
        slug="netdisk-yunxia-calendar-issue-register-template-wps-markers",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="表格模板",
        kind="other",
        form="text",
        source="https://yunxia-pan.com/share/init?surl=Qm3r8T",
        title="挂历台历领取登记表",
        record_title="挂历台历领取登记表.wps",
        date=None,
        notes=(
            "file-name record title; a template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日 (no date); "
            "the preview cut by ⏙ 第n张 ⏙ markers on lines of their own; a share line with an expiry"
        ),
        page="""
!m 云匣网盘 | 文件分享
!t 挂历台历领取登记表.wps
!m 18KB　｜　分享于 3 天前　｜　7 天后失效
!a 保存到云匣　　下载　　用WPS打开
{T}
{BODY}
!a 在线预览到此为止，请下载后查看完整表格
!d 云匣网盘仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="⏙ 第{n}张 ⏙", every=90, start=2),
        body="""
填报单位：××单位××科室
领取人：＿＿＿＿＿＿　联系电话：＿＿＿＿＿＿
序号　品名　数量　用途　领取人签字
1　挂历　＿＿本　＿＿＿＿　＿＿＿＿
2　台历　＿＿本　＿＿＿＿　＿＿＿＿
填表说明：
一、本表由各科室指定专人填写，按实际办公场所数量申领挂历和台历，不得多领、代领，剩余数量由办公室统一调配。
二、挂历仅限办公场所张挂使用，不得转送或挪作他用；领取后发现印刷破损的，请于三个工作日内到办公室调换。
三、本表一式两份，领取科室和办公室各留存一份，年底随办公用品台账一并归档备查。
经办人：＿＿＿＿　审核人：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-sodu-school-pickup-number-tags-frame",
        site="搜渡快照 of 锨岭县城关第二小学网站 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kuaizhao.sodu-search.com/c?u=xlcg2x.cn/tz/2024/0903/88.html",
        title="关于启用学生放学接送号码牌的通知",
        record_title="关于启用学生放学接送号码牌的通知_锨岭县城关第二小学（搜渡快照）",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes=(
            "search-cache frame: a capture banner with its time, a keywords line and highlighted terms outside the "
            "text; the school page inside with its own 发布时间; 关注学校公众号 is content; 成文日期 expected, the page's date also"
        ),
        page="""
<html><head><meta charset="utf-8"><title>关于启用学生放学接送号码牌的通知_锨岭县城关第二小学（搜渡快照）</title></head>
<body>
<div class="kz-banner" style="background:#ffc">
<p>⟦d 您正在查看的是搜渡搜索于 2024-09-18 04:27 抓取的网页副本，原网页可能已更改⟧</p>
<p>⟦d 以下关键词已在页面中以黄色标出：<b style="background:yellow">接送</b> <b style="background:yellow">号码牌</b>⟧</p>
<p>⟦a 访问原网页 ›⟧</p>
</div>
<div class="orig">
<div class="sch-head">⟦m 锨岭县城关第二小学⟧ ⟦m 快乐学习 健康成长⟧</div>
<div class="sch-nav">⟦m 学校概况 ◇ 德育天地 ◇ 家校共育 ◇ 通知公告⟧</div>
<h2>{T}</h2>
<div class="sch-meta">⟦m 发布时间：2024-09-03　作者：德育处　阅读：1375⟧</div>
{BODY}
<div class="sch-side">⟦l 家校共育：开学第一课家长须知⟧</div>
<div class="sch-foot">⟦m 锨岭县城关第二小学　校址：城关镇文峰路27号　湘ICP备14016620号⟧</div>
<script src="/js/school.js"></script>
</div>
</body></html>
""",
        body="""
各位家长：
为保障学生放学安全，避免错接、漏接，学校自9月9日起启用放学接送号码牌。现将有关事项通知如下：
一、每名学生配发两枚接送号码牌，号码与学生学号对应，由家长妥善保管。
二、放学时，家长在校门口隔离区外出示号码牌，班主任核对后放行学生。
三、号码牌遗失的，请及时联系班主任挂失补办；委托他人接送的，须提前告知班主任。
四、请家长关注学校公众号“城关二小”，及时了解放学时间调整等信息。
锨岭县城关第二小学
2024年9月2日
""",
    ),
    dict(
        slug="snapshot-sodu-text-elevator-bumper-strips-schedule",
        site="搜渡无样式快照 of 栀园物业服务中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.sodu-search.com/t?u=zywy.cn/gg/1010.html",
        title="关于电梯轿厢加装防撞条期间分时停用的通知",
        record_title="[无样式快照] 关于电梯轿厢加装防撞条期间分时停用的通知_栀园物业",
        date="2024-10-10",
        notes=(
            "a text-only cache: a capture banner with its own time (no date), an original-link line; a schedule "
            "one row a paragraph; 成文日期 under the property centre's signature"
        ),
        page="""
!d 【搜渡无样式快照】本页只保留网页文字，抓取于 2024-10-21 06:40，内容可能已过期
!a 查看原始页面：zywy.cn/gg/1010.html
!m 栀园物业 · 业主服务
!m 物业公告 ｜ 2024年第37号
!t [无样式快照] 关于电梯轿厢加装防撞条期间分时停用的通知_栀园物业
{BODY}
!m 物业服务中心前台：0743-2308810　24小时报修：0743-2308899
!d 快照内容由系统自动抓取，与原网站无关。
""",
        indent="\u3000\u3000",
        body="""
尊敬的业主：
为减少搬家、装修时家具和材料碰撞电梯轿厢，物业服务中心将为小区8部电梯的轿厢内壁加装防撞条。施工期间，电梯实行分时停用，具体安排如下：
1号楼、2号楼　10月14日9:00—12:00
3号楼、5号楼　10月14日14:00—17:00
6号楼、8号楼　10月15日9:00—12:00
9号楼、10号楼　10月15日14:00—17:00
停用期间请业主错峰出行，行动不便的业主可提前联系物业，我们将安排工作人员协助。
给您带来的不便，敬请谅解。
钎湖区栀园物业服务中心
2024年10月10日
""",
    ),
    dict(
        slug="print-hongcheng-urban-lantern-rack-inspection-circular",
        site="纮城市城市管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cgj.hongcheng.gov.example.cn/print.jsp?id=2025021701",
        title="关于春节期间城区灯笼架安全检查情况的通报",
        record_title="打印模式 | 关于春节期间城区灯笼架安全检查情况的通报 · 纮城市城市管理局",
        date="2025-02-17",
        notes=(
            "print view calling window.print(): a print-time stamp and the page address at the top, print/close "
            "buttons, a print footer ⎋ 第1页（共1页） ⎋; an inspection table one row a paragraph; 成文日期 at the end"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印模式 | 关于春节期间城区灯笼架安全检查情况的通报 · 纮城市城市管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a ⎙ 立即打印⟧　⟦a ✕ 关闭本窗口⟧</div>
<div class="ph">⟦m 纮城市城市管理局 · 文件打印⟧</div>
<div class="ph">⟦m 打印于 2025-02-20 10:03　原文地址：cgj.hongcheng.gov.example.cn/tzgg/2025021701.html⟧</div>
<h2 style="text-align:center">{T}</h2>
{BODY}
<div class="pf">⟦p ⎋ 第1页（共1页） ⎋⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各区城市管理局，市直有关单位：
2月3日至2月10日，市城市管理局组织对主城区主要街道、广场和景区的节日灯笼架进行了安全检查。现将检查情况通报如下：
一、总体情况
本次共检查灯笼架2386组，发现隐患137处，已全部整改到位。各区检查情况如下：
区别　检查数量　发现隐患　整改率
钎湖区　1024　52　100%
纮东区　832　61　100%
纮西区　530　24　100%
二、主要问题
一是部分架体底座配重不足，大风天气存在倾倒风险；二是个别灯串电源线直接缠绕在金属架体上，未穿管保护。
三、下一步要求
元宵节前，各区要对灯笼架再开展一次全面复查，节后及时拆除，不得长期闲置。
纮城市城市管理局
2025年2月17日
""",
    ),
    dict(
        slug="print-juechuan-lantern-garden-party-barrier-plan-decimal",
        site="镢川县文化旅游广电体育局 (invented, print preview)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://wlj.juechuan.gov.example.cn/print/20250127_9930.html",
        title="元宵节游园活动现场隔离栏设置方案",
        record_title="【打印预览·A4】元宵节游园活动现场隔离栏设置方案",
        date="2025-01-27",
        notes=(
            "print preview as text: a print-time stamp (no date) and a source line at the top, a print footer "
            "⏐ 第 1 页 ⏐ 共 1 页 ⏐ at the bottom; decimal headings 1.1–3.3; 成文日期 under the bureau's signature"
        ),
        page="""
!m 镢川县文化旅游广电体育局
!m 打印时间：2025-02-08 15:22　来源页面：wlj.juechuan.gov.example.cn/tzgg/9930.html
!t 【打印预览·A4】元宵节游园活动现场隔离栏设置方案
{BODY}
!a [ 打印 ]　[ 返回原文 ]
!p ⏐ 第 1 页 ⏐ 共 1 页 ⏐
""",
        body="""
1 总体要求
1.1 以“人车分离、单向通行、分区限流”为原则，在游园活动主会场及周边设置隔离栏，保障群众游园安全。
1.2 隔离栏由县文旅局统一调配，县公安局负责现场指导。
2 设置区域
2.1 主会场入口：设置“S”形排队通道，长度不少于200米。
2.2 灯谜长廊：沿廊设置单侧隔离栏，引导游客单向通行。
2.3 应急通道：每隔50米预留一处活动门，由专人值守。
3 工作要求
3.1 隔离栏须于2月10日18时前安装完毕，并经公安、应急部门联合验收。
3.2 活动期间安排安保人员沿线巡查，发现松动、倾倒立即处置。
3.3 活动结束后两日内拆除完毕，清点归库。
镢川县文化旅游广电体育局
2025年1月27日
""",
    ),
    dict(
        slug="mail-changyou-locker-number-tags-letter-attachment-bar",
        site="畅邮网页版 (invented webmail) · 锨岭县铭号标牌制作有限公司",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.changyou.example.com/read?mid=AEKq9r2x0c",
        title="关于订制游泳馆储物柜号码牌的函",
        record_title="Fwd: 请跟进｜关于订制游泳馆储物柜号码牌的函",
        date="2024-05-06",
        date_also=["2024-05-07"],
        notes=(
            "webmail reading view: reply/forward buttons, a forwarded header with sender, time and 抄送, a "
            "forwarder's note, an attachment bar beside the letter's own 附件 list and 抄送 line; the letter's "
            "contact and mailbox in the body; 成文日期 expected, the mail's send date also"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>畅邮 - 读信</title></head>
<body>
<div class="cy-top">⟦m 畅邮⟧ ⟦m sales@minghao-biaopai.com⟧ ⟦a 退出⟧</div>
<div class="cy-tool">⟦a 返回 ｜ 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为…⟧</div>
<div class="cy-subj">⟦t Fwd: 请跟进｜关于订制游泳馆储物柜号码牌的函⟧</div>
<div class="cy-hdr">
<p>⟦m 发件人：黄蓉蓉 &lt;huangrr@minghao-biaopai.com&gt;⟧</p>
<p>⟦m 时　间：2024年5月7日(星期二) 上午9:12⟧</p>
<p>⟦m 收件人：周宇 &lt;zhouyu@minghao-biaopai.com&gt;⟧</p>
</div>
<div class="cy-note">⟦m 小周：请跟进一下，周五前把报价单和样品寄过去。——销售部 黄⟧</div>
<div class="cy-fwd">
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<p>⟦m 发件人："葛小川" &lt;gexc@hcqmjs.cn&gt;⟧</p>
<p>⟦m 发送时间：2024年5月6日 16:48⟧</p>
<p>⟦m 抄送：采购组 &lt;caigou@hcqmjs.cn&gt;⟧</p>
<p>⟦m 主题：关于订制游泳馆储物柜号码牌的函⟧</p>
</div>
<div class="cy-body">
{BODY}
</div>
<div class="cy-att">⟦a 附件（2 个）：储物柜号码牌样式图.jpg（326K）　报价单模板.xlsx（18K）　全部下载⟧</div>
<div class="cy-side">⟦l 文件夹：收件箱(12) 草稿箱 已发送 已删除⟧</div>
<div class="cy-foot">⟦m 畅邮 · 企业邮箱 ｜ 客户端下载 ｜ 帮助中心⟧</div>
<script src="/js/readmail.js"></script>
</body></html>
""",
        body="""
锨岭县铭号标牌制作有限公司：
我中心游泳馆更衣室现有储物柜620格，原有塑料号码牌老化断裂较多。经研究，拟向贵公司订制铝制储物柜号码牌。现将有关需求函告如下：
一、数量：号码牌620枚，编号001至620，另备用号码牌30枚。
二、规格：直径40毫米，厚1.5毫米，阳极氧化蓝底白字，配防水弹力手环。
三、交货：请于2024年6月10日前送货至纮城市全民健身中心游泳馆。
请贵公司于5月15日前报送报价单及样品。
联系人：葛小川，电话：0743-2240163，邮箱：gexc@hcqmjs.cn
附件：1.储物柜号码牌样式图
2.报价单模板
纮城市全民健身中心
2024年5月6日
抄送：中心财务科
""",
    ),
    dict(
        slug="mail-text-garage-bumper-strips-inquiry-docx",
        site="转发的邮件（纯文本） · 钎湖区栀园物业服务中心 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:sales@dungu-rubber.com?msgid=20240716100512.88A1",
        title="关于地下车库防撞条采购询价的函",
        record_title="转发：关于地下车库防撞条采购询价的函.docx",
        date="2024-07-15",
        date_also=["2024-07-16"],
        notes=(
            "a mail forwarded as text: a forward header block with date and subject, an attachment line, a "
            "forwarder's note and a mail signature; an items table one row a paragraph; 扫描后发送 is content; "
            "成文日期 expected, the mail's date also"
        ),
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：何静 <hejing_wy@zhiyuanwy.cn>
!m 日期：2024年7月16日 周二 10:05
!m 主题：关于地下车库防撞条采购询价的函
!m 收件人：盾固橡塑销售部 <sales@dungu-rubber.com>
!a 附件：关于地下车库防撞条采购询价的函.docx（24KB）　[预览]　[下载]
!m 施经理：栀园物业的询价，您看一下，下周一前回。—— 销售内勤 小潘
!t 转发：关于地下车库防撞条采购询价的函.docx
{BODY}
!m --
!m 綖水县盾固橡塑制品有限公司 销售部
!m 电话：400-688-3271　网址：www.dungu-rubber.com
!d 本邮件及附件含保密信息，如误收请立即删除并通知发件人。
""",
        body="""
各供应商：
我中心拟采购地下车库防撞条一批，现邀请贵单位报价。有关事项如下：
一、采购内容
品名　规格　数量
立柱防撞条　厚10毫米、长1.2米，黄黑反光　300根
墙角护角　厚8毫米、长0.8米，黄黑反光　120根
二、报价要求：报价含运输、安装费用，请注明质保期。
三、报价截止时间：2024年7月22日17时。请将盖章报价单扫描后发送至联系人邮箱。
联系人：何静，电话：0743-2307782，邮箱：hejing_wy@zhiyuanwy.cn
钎湖区栀园物业服务中心
2024年7月15日
""",
    ),
]
