"""holdout245, part F: law firms, residents' sites, cloud drives, print views and forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="lawfirm-hengze-case-fax-contract",
        site="汧溪衡泽律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.qx-hengze-law.com/case/hetong/2025/207.html",
        title="一份传真合同引发的货款纠纷",
        record_title="判例微课堂 ∷ 一份传真合同引发的货款纠纷 - 汧溪衡泽律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice and a 本文链接 block; the case note's "
        "【】 section labels stay in the body; an update stamp is no date; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>判例微课堂 ∷ 一份传真合同引发的货款纠纷 - 汧溪衡泽律师事务所</title></head>
<body>
<div class="hze-top">⟦m 汧溪衡泽律师事务所⟧ <span>⟦m 衡法泽民 · 值得托付⟧</span></div>
<div class="hze-nav">⟦m 首页　律所简介　专业领域　律师团队　判例微课堂　联系我们⟧</div>
<div class="hze-pos">⟦m 首页 » 判例微课堂 » 合同纠纷⟧</div>
<h1>{T}</h1>
<p class="hze-meta">⟦m 编辑：衡泽法律研究室　更新于 2 个月前　阅读 733⟧</p>
{BODY}
<div class="hze-link">⟦m 本文链接：https://www.qx-hengze-law.com/case/hetong/2025/207.html⟧</div>
<div class="hze-copy">⟦d 本所原创案例，转载须注明出处；文中观点不构成对具体案件的法律意见⟧</div>
<div class="hze-card"><p>⟦m 主办律师：戴文栩　执业证号 16117201910583204⟧</p><p>⟦w 加律师微信 hz_daiwx 免费初步咨询⟧</p></div>
<div class="hze-float">⟦w 在线咨询⟧ ⟦m 全国咨询热线 400-0917-885⟧</div>
<div class="hze-foot">⟦m 汧溪衡泽律师事务所　地址：汧溪县隩口路108号金融大厦12层⟧</div>
</body></html>
""",
        body="""
【基本案情】某文具公司与某学校通过传真方式签订了一份校服校徽采购合同，合同约定货到验收后30日内付款。货物交付后，学校以合同系传真件、没有原件为由拒绝付款。
【法院观点】法院审理认为，传真属于法律规定的书面形式。文具公司提供了传真发送报告、双方往来的通话记录和学校签收货物的送货单，能够相互印证，足以认定双方合同关系成立，判决学校支付货款及逾期利息。
【律师提示】通过传真订立合同的，应在事后及时索要加盖公章的原件，并妥善保存传真发送报告、送货单等证据。热敏纸传真件容易褪色，收到后最好复印或扫描留存。
""",
    ),
    dict(
        slug="lawfirm-mingli-letter-badge-misuse",
        site="溳阳明理律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.yy-mingli-law.cn/wenshu/lsh/2025-0402.html",
        title="关于停止擅自使用溳阳县第一中学校徽图案的律师函",
        record_title="律所文书展示 ┊ 关于停止擅自使用溳阳县第一中学校徽图案的律师函 ┊ 溳阳明理律师事务所",
        date="2025-04-02",
        notes="law firm as text: the firm's name is also in the letter's first sentence and signature (matched as "
        "head); the letter's own 联系人/电话 beside the firm's consultation hotline; 成文日期; decorated title",
        page="""
!m 溳阳明理律师事务所
!m 明法析理 · 溳阳本土律所
!m 首页 ＞ 律所文书 ＞ 律师函
!t 律所文书展示 ┊ 关于停止擅自使用溳阳县第一中学校徽图案的律师函
!m 发布人：明理律所　　浏览：441
{BODY}
!d 本函已隐去部分当事人信息，仅作文书样式展示
!m 法律咨询热线：0718-6218800（24小时）
!l 更多文书：催告函 · 解除合同通知书 · 律师见证书
""",
        body="""
溳阳县文华文具店：
溳阳明理律师事务所接受溳阳县第一中学（以下简称“委托人”）的委托，指派本所律师就贵店擅自使用委托人校徽图案一事，郑重致函如下：
委托人校徽图案系委托人于2019年组织设计并使用至今的学校标志。经委托人核实，贵店未经许可，在其销售的笔记本、文具袋和仿制徽章上印制委托人校徽图案，并以“一中校徽纪念品”名义对外销售，容易使学生和家长误认为系委托人授权产品。
为此，本所律师特函告贵店：请于收到本函之日起七日内停止使用委托人校徽图案，下架并销毁相关产品，并与本所联系处理后续事宜。
联系人：莫律师，电话：0718-6218806。
溳阳明理律师事务所
2025年4月2日
""",
    ),
    dict(
        slug="community-yayuan-notice-tool-house-binders",
        site="灊城市阊湖区琊园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yayuan-sq.cn/tzgg/2025/0306/88.html",
        title="琊园社区“共享工具屋”新添装订机的通知",
        record_title="居委会通知｜琊园社区“共享工具屋”新添装订机的通知 - 琊园社区网",
        date="2025-03-06",
        notes="residents' site: weather line, grid member's box, property repair line; the community's own "
        "联系人/电话 beside them; decorated record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>居委会通知｜琊园社区“共享工具屋”新添装订机的通知 - 琊园社区网</title></head>
<body>
<div class="sq-top">⟦m 琊园社区网⟧ <span>⟦m 阊湖区 晴 9℃～17℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 社区首页　居务公开　便民服务　邻里活动　网格之家⟧</div>
<div class="sq-pos">⟦m 位置：社区首页 → 居务公开 → 通知⟧</div>
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：社区居委会　阅读 517⟧</div>
{BODY}
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　汤晓帆　139 7162 0418⟧</p></div>
<div class="sq-wy">⟦m 鸿庭物业24小时报修：0716-8530808⟧</div>
<div class="sq-foot">⟦m 琊园社区网由阊湖区琊园社区党委主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便居民整理孩子的作业本、家庭票据和老人的病历资料，社区“共享工具屋”新添置了手动装订机1台、热熔装订机1台，即日起免费向辖区居民开放借用。现将有关事项通知如下。
一、开放时间：每周二、四、六上午9:00—11:30。
二、借用方式：持身份证到社区党群服务中心一楼登记，装订机只限在工具屋内使用，不外借。
三、热熔装订所需胶条由居民自备，也可在工具屋按成本价领取。
四、使用时请听从志愿者指导，注意防止烫伤和夹伤。
联系人：社区工作人员　鲁晓筠，电话：0716-8531602。
琊园社区居民委员会
2025年3月6日
""",
    ),
    dict(
        slug="community-binyuan-minutes-family-award-sashes",
        site="瑸苑社区服务网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.binyuan-sq.cn/jwgk/2025/0509/41.html",
        title="瑸苑社区“最美家庭”表彰筹备会会议纪要",
        record_title="〖居务晾晒〗瑸苑社区“最美家庭”表彰筹备会会议纪要（总第31次）",
        date="2025-05-08",
        notes="residents' site as text: the minutes' 时间/地点/主持/参会/记录 lines stay in the body and the 时间 "
        "line gives the date; 扫码签到 as content; a volunteers' line between paragraphs; decorated title",
        page="""
!m 瑸苑社区服务网 — 家门口的服务站
!m 首页 / 居务公开 / 会议纪要
!t 〖居务晾晒〗瑸苑社区“最美家庭”表彰筹备会会议纪要（总第31次）
!m 社区居委会　　浏览 203
{BODY}
!l 往期纪要：第5期 · 加装电梯协调会
!m 社区值班电话：0716-8547021　物业服务中心：0716-8547000
""",
        body="""
时间：2025年5月8日下午2:30
地点：社区议事厅
主持：社区党委书记　邝晓梅
参会：社区“两委”成员、网格长、志愿者代表共14人
记录：社区干事　贺青
会议研究了“最美家庭”表彰活动筹备事项，议定如下：
一、表彰活动定于5月15日国际家庭日举行，共表彰“最美家庭”10户。
二、由社区志愿服务队负责采购绶带10条、证书夹10个，绶带字样为“瑸苑社区最美家庭”，5月12日前到位。
⟦a 想加入瑸苑志愿服务队？戳这里报名⟧
三、活动当天参会居民扫码签到，网格长负责通知受表彰家庭提前半小时到场。
四、活动照片由宣传委员整理后在社区公众号发布。
""",
    ),
    dict(
        slug="netdisk-yunxia-summary-print-room-pdf-markers",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.yunxia-cloud.com/s/1Tq8vNw2Lp",
        title="县政府办公室文印室2024年工作总结",
        record_title="县政府办公室文印室2024年工作总结.pdf",
        date="2024-12-30",
        notes="cloud-drive preview: VIP prompts, share info with an expiry, save button; page-marker paragraphs "
        "'⍤ 第n页 ⍤' cut sentences; a comparison table one row a paragraph; file-name record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>县政府办公室文印室2024年工作总结.pdf｜云匣网盘</title>
<script src="https://pan.yunxia-cloud.com/static/preview.js"></script></head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 开通云匣超级会员 享极速下载⟧</a></div>
<div class="yx-share"><h2>⟦t 县政府办公室文印室2024年工作总结.pdf⟧</h2>
<p>⟦m 分享者：文印小吴　｜　358 KB　｜　链接7天后失效⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 普通下载⟧</button></p></div>
<div class="yx-preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前3页，开通会员查看全部⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘传播违法违规内容，一经发现将停止分享⟧</div>
</body></html>
""",
        pages=dict(fmt="⍤ 第{n}页 ⍤", every=80, start=2),
        body="""
2024年，文印室在办公室领导下，围绕服务机关运转，认真做好文件印制、装订和档案资料整理工作，全年未出现差错。
一、完成主要任务情况
项目　2023年　2024年
文件印制（万页）　46.2　39.8
装订成册（本）　3120　3560
档案装订（卷）　870　1240
二、设备管理情况。文印室现有复印机4台、装订机3台，今年新购热熔装订机1台，淘汰破损手动装订机1台，建立了设备使用和保养台账，装订机刀头每季度检查一次。
三、存在不足。文件印制仍有临时加急任务多、夜间加班多的问题，部分科室送印材料格式不规范。
2025年，文印室将进一步推行无纸化办公，减少纸质印制，提高档案装订质量。
溳阳县人民政府办公室文印室
2024年12月30日
""",
    ),
    dict(
        slug="netdisk-yunxia-instruction-gilding-markers-docx",
        site="云匣网盘 (invented cloud-drive preview, text)",
        style="网盘分享",
        genre="制度/规程",
        kind="other",
        form="text",
        source="https://pan.yunxia-cloud.com/s/9Hc2Rk0dWe",
        title="证书夹封面烫金作业指导书",
        record_title="证书夹封面烫金作业指导书.docx",
        date=None,
        notes="cloud-drive text preview: page markers '✹ n / 3 ✹' on lines of their own cut sentences; 第N条; "
        "share info with a share stamp (no date); file-name record title",
        page="""
!m 云匣网盘 · 文件预览
!t 证书夹封面烫金作业指导书.docx
!m 分享者：德信生产部　　分享于：刚刚　　有效期：永久
!a 保存到我的云匣　　下载（26 KB）
{BODY}
!a 预览模式下格式可能错乱，下载后查看原文件
!d 云匣网盘提醒：文件由用户分享，请注意甄别
""",
        pages=dict(fmt="✹ {n} / 3 ✹", every=70, start=2),
        body="""
第一条 本指导书适用于公司生产车间证书夹封面烫金工序。
第二条 烫金前，操作人员应核对生产单上的字样、字体和位置，首件须经质检员确认签字后方可批量生产。
第三条 烫金温度一般控制在110℃至130℃之间，压力和停留时间根据封面材质调整，绒面材质停留时间不少于1.5秒。
第四条 烫印后逐件检查，出现字迹缺损、糊版、金箔起皱的，应单独挑出，不得混入合格品。
第五条 每班结束后清理烫金版面，关闭电源，填写设备运行记录。
第六条 本指导书由生产部负责解释。
""",
    ),
    dict(
        slug="print-qiancheng-notice-award-sashes-footer",
        site="灊城市教育局 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.qiancheng.gov.cn/print.jsp?id=2025082801",
        title="关于做好全市教育系统表彰大会礼仪服务工作的通知",
        record_title="⧉ 打印视图 ⧉ 关于做好全市教育系统表彰大会礼仪服务工作的通知 ▸ 灊城市教育局",
        date="2025-08-28",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date), the page URL, "
        "a print footer '⍰ 第1页，共1页 ⍰'; the notice's contact line; 成文日期; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>⧉ 打印视图 ⧉ 关于做好全市教育系统表彰大会礼仪服务工作的通知 ▸ 灊城市教育局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭打印窗口〕⟧</div>
<div class="pv-head">⟦m 灊城市教育局　jyj.qiancheng.gov.cn⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pv-meta"><p>⟦m 打印时间：2025-09-01 08:47⟧</p><p>⟦m 页面地址：https://jyj.qiancheng.gov.cn/tzgg/2025082801.html⟧</p></div>
<div class="pv-footer">⟦p ⍰ 第1页，共1页 ⍰⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各学校：
全市教育系统教师节表彰大会定于9月9日上午在市会展中心举行。为做好大会礼仪服务工作，现将有关事项通知如下。
一、礼仪服务由灊城市第二职业中专礼仪专业学生承担，共24人，9月5日、8日下午进行两次彩排。
二、受表彰人员上台时，由礼仪人员佩戴绶带。绶带统一由左肩斜挎至右腰，字面朝向观众，请受表彰人员当天不要佩戴围巾、胸花等饰物。
三、各单位请于9月3日前将受表彰人员名单、上台顺序报市教育局人事科，以便绶带按顺序编号。
联系人：人事科　聂一禾，电话：0716-8106235。
灊城市教育局办公室
2025年8月28日
""",
    ),
    dict(
        slug="print-qianxi-plan-open-day-badges-footer",
        site="汧溪县第一中学 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qxyz.edu.cn/print/xxgk/2025/0630-5.html",
        title="校园开放日新生校徽佩戴及志愿引导工作方案",
        record_title="印前预览：校园开放日新生校徽佩戴及志愿引导工作方案 — 汧溪一中",
        date="2025-06-30",
        notes="print view as text: print buttons, a print stamp (no date), a print footer '✲ 1 ∕ 1 ✲' closing the "
        "page; a plan with a 时间 item and a signature date; decorated record title",
        page="""
!a 【打印本文】　【返回原页面】
!m 汧溪县第一中学　　www.qxyz.edu.cn
{T}
{BODY}
!m 打印于 2025-07-01 09:12　　来自：校务公开
!p ✲ 1 ∕ 1 ✲
""",
        indent="\u3000\u3000",
        body="""
为做好2025年校园开放日接待工作，展示学校良好形象，特制定本方案。
一、时间：2025年7月12日（星期六）8:30—16:00。
二、新生校徽佩戴。开放日当天，学校向预录取新生赠送新版磁吸式校徽，由志愿者在报到点为新生佩戴，并讲解校徽图案的含义。
三、志愿引导。从高二年级选拔志愿者40名，统一佩戴校徽和志愿者袖标，分别在校门口、报到点、教学楼和食堂设置引导岗。
四、安全保障。总务处负责校内交通疏导，校医室设临时医疗点。
五、工作要求。各处室按分工提前准备，7月10日下午进行一次全流程演练。
汧溪县第一中学
2025年6月30日
""",
    ),
    dict(
        slug="mail-lcligong-inquiry-folders-attachment-bar",
        site="灊城理工学院邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lcligong.edu.cn/read?mid=ZL0428-1105",
        title="关于定制毕业证书夹的询价函",
        record_title="转发：【报价邀请】关于定制毕业证书夹的询价函",
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="webmail reading view: forwarded header with 发件人/收件人/抄送/时间, an attachment bar beside the "
        "letter's own 附件 list and 抄送 line; the letter's 联系人/电话/邮箱; the send date differs from the "
        "letter's date (also accepted); decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：【报价邀请】关于定制毕业证书夹的询价函 - 灊城理工学院邮件系统</title></head>
<body>
<div class="ml-top">⟦m 灊城理工学院邮件系统⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="ml-folder">⟦m 收件箱（2封未读）　草稿箱　已发送　垃圾邮件⟧</div>
<div class="ml-read">
<h2>⟦t 转发：【报价邀请】关于定制毕业证书夹的询价函⟧</h2>
<table class="ml-hd">
<tr><td>⟦m 发件人：柏文舟 &lt;jwc_bws@lcligong.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：dexin_sales@dexin-wenju.cn⟧</td></tr>
<tr><td>⟦m 抄　送：jwc@lcligong.edu.cn⟧</td></tr>
<tr><td>⟦m 时　间：2025年4月29日（星期二）上午10:05⟧</td></tr>
</table>
<div class="ml-tools">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="ml-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<h3>{T}</h3>
<div class="ml-body">
{BODY}
</div>
<div class="ml-att"><p>⟦a 附件（2 个）⟧</p><p>⟦a 证书夹封面设计稿.pdf（1.2 MB）　预览　下载⟧</p><p>⟦a 校徽标准图形.ai（860 KB）　下载⟧</p><p>⟦a 打包下载全部附件⟧</p></div>
</div>
<div class="ml-foot">⟦m 灊城理工学院网络信息中心　邮件系统服务电话：0716-8220110⟧</div>
</body></html>
""",
        body="""
德信文具有限公司：
我校2025届毕业生共1860人，拟定制毕业证书夹1900个，现向贵公司询价，具体要求如下：
一、规格：12K，深青色布纹面，封面烫银校名和校徽，内侧印校训。
二、交货时间：2025年6月15日前送至学校教务处。
三、请于5月9日前将报价单（含单价、总价、样品图片）加盖公章后扫描发送至本邮箱，并寄送实物样品一个。
联系人：教务处　柏文舟，电话：0716-8220371，邮箱：jwc_bws@lcligong.edu.cn。
附件：1.证书夹封面设计稿
2.校徽标准图形
灊城理工学院教务处
2025年4月28日
抄送：学校办公室，财务处。
""",
    ),
    dict(
        slug="mail-fwd-request-voucher-binder-text",
        site="溳阳县农业农村局内部邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mailto:bgs@yyx-nyj.cn?fwd=20250318-0941",
        title="关于申请购置财务凭证装订机的请示",
        record_title="Fwd: 【请审阅】关于申请购置财务凭证装订机的请示",
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="a mail forwarded as text: Fwd headers with date and recipients, a forwarding note, a mail "
        "client's signature and disclaimer; the 请示's 附件 line and signature date; the forward date also accepted",
        page="""
!m 发件人: 牛嘉禾 <niujh@yyx-nyj.cn>
!m 日期: 2025年3月18日 周二 09:41
!m 收件人: 办公室 <bgs@yyx-nyj.cn>
!m 主题: Fwd: 【请审阅】关于申请购置财务凭证装订机的请示
!m 牛主任，财务科的请示转您，请审阅后呈局领导。
!m ---------- Forwarded message ----------
!m From: 计划财务科 <cwk@yyx-nyj.cn>
!m Date: 2025年3月17日 周一 16:20
{T}
{BODY}
!m --
!m 发自溳阳农业农村局邮件系统
!d 本邮件及附件仅限收件人使用，如误收请立即删除
""",
        body="""
局领导：
我科现使用的财务凭证装订机为2012年购置，近两年多次出现打孔偏位、加热管损坏等故障，维修费用已累计3600余元，且配件已经停产，无法继续维修。每年会计凭证装订量约480册，目前全部靠手工打孔装订，效率低，装订质量也难以保证。
为保证会计档案按期归档，拟申请购置全自动财务凭证装订机1台，预算金额8600元，从本年度办公设备购置经费中列支。
妥否，请批示。
附件：财务凭证装订机询价单
计划财务科
2025年3月17日
""",
    ),
]
