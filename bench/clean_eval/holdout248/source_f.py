"""holdout248, part F: intranets, cloud drives, search caches, print views and forwarded mail.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="intranet-yingkuang-bulletin-insulated-boots-oa",
        site="蓥矿协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.yingkuang.example.local/doc/view?id=20240614022",
        title="关于选矿厂部分职工未按规定穿戴绝缘胶鞋的通报",
        record_title="〔待阅公文〕关于选矿厂部分职工未按规定穿戴绝缘胶鞋的通报 - 蓥矿协同办公",
        date="2024-06-14",
        notes="OA document view: user bar, 流转记录, read counts, a mark-as-read button and an IT-desk extension; "
        "文号 neutral; 抄送 and 印发 lines in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔待阅公文〕关于选矿厂部分职工未按规定穿戴绝缘胶鞋的通报 - 蓥矿协同办公</title>
<link rel="stylesheet" href="/oa/static/doc.css">
<script src="/oa/static/doc.js"></script>
</head>
<body>
<div class="oa-bar">⟦m 蓥矿协同办公平台⟧ ⟦m 欢迎您，选矿厂 吕文⟧ ⟦a 个人设置　退出登录⟧</div>
<div class="oa-menu">⟦m 待办事项　待阅公文　已办事项　通知公告　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-head">
<h2>{T}</h2>
<p>蓥矿安〔2024〕22号</p>
<p>⟦m 密级：内部　紧急程度：一般　发文部门：安全环保部⟧</p>
</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿：安全环保部 郝建　→　核稿：集团办公室 曾敏　→　签发：副总经理 孔德明⟧</p></div>
<div class="oa-read">⟦m 已阅 312 人　未阅 46 人⟧</div>
<div class="oa-btn">⟦a 标记为已阅⟧ ⟦a 返回待办列表⟧</div>
</div>
<div class="oa-foot">⟦w 系统使用问题请拨IT服务台分机 8000⟧ ⟦m 蓥城矿业集团信息中心 维护⟧</div>
</body>
</html>
""",
        body="""
集团所属各单位：
6月11日，集团安全环保部在选矿厂开展安全检查时发现，球磨车间3名电工检修配电柜时穿普通布鞋作业，未按规定穿戴绝缘胶鞋，违反了集团《劳保胶鞋发放管理办法》和电气作业安全规程。
经研究，决定对选矿厂球磨车间通报批评，对3名当事职工各处罚款200元，扣减车间主任当月安全绩效。
各单位要引以为戒，立即组织一次劳保用品穿戴检查。电气作业人员必须穿戴绝缘胶鞋和绝缘手套，班组长作业前要逐人检查，不符合要求的不得上岗。
蓥城矿业集团有限公司
2024年6月14日
抄送：集团工会，各单位安全科。
蓥城矿业集团有限公司办公室　2024年6月14日印发
""",
    ),
    dict(
        slug="intranet-jieyun-report-laundry-workshop-head",
        site="洁云洗涤公司员工内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://intra.jieyun-wash.example.local/bbs/shuzhi/2024/31.html",
        title="布草洗涤车间主任2024年度述职报告",
        date="2025-01-10",
        notes="title given by the record as is; intranet chrome (user line, section path, submit line, read mark, "
        "extension number); 成文日期 under the 述职人 line",
        page="""
!m 洁云洗涤 · 员工内网　｜　当前用户：质检部 胡敏
!m 公告栏 > 述职材料 > 2024年度
{T}
!m 提交人：甘立军　阅读 87
!a 下载原文　｜　标为已读
{BODY}
!l 其他述职：客服部经理2024年度述职报告｜物流部主管2024年度述职报告
!m 内网只对公司员工开放，信息中心分机 6006
""",
        indent="\u3000\u3000",
        body="""
2024年，我担任布草洗涤车间主任，负责全市31家酒店、4家医院的床单被套洗涤。现将一年来的工作报告如下。
一、完成生产任务。全年洗涤床单、被套、枕套等布草612万件，比上年增长18%，客户退洗率控制在0.3%以内。
二、推进节能降耗。更换两台隧道式洗衣机组，每洗一公斤布草用水由12升降到7升，全年节约水电费46万元。
三、抓好医院布草分拣。医院送来的床单一律单独洗涤、高温消毒，全年未发生交叉污染。
四、存在的不足。旺季人手紧张，部分酒店投诉送货不准时；新员工培训还不够系统。
2025年，我将重点解决旺季排班问题，把准时交付率提高到98%以上。
述职人：甘立军
2025年1月10日
""",
    ),
    dict(
        slug="netdisk-feiyu-rules-douli-workshop-docx-markers",
        site="飞屿网盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.feiyu.example.cn/s/1xQe7Pm3",
        title="斗笠编织作坊安全生产操作规程",
        record_title="斗笠编织作坊安全生产操作规程.docx",
        date=None,
        notes="cloud-drive preview: file-name record title, page-marker paragraphs '⦤ n ⦥' cutting articles, VIP "
        "prompts, save/download buttons; rules with 第N条 and a commencement clause only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>斗笠编织作坊安全生产操作规程.docx_免费高速下载|飞屿网盘</title>
<script src="https://pan.feiyu.example.cn/static/share.js"></script>
</head>
<body>
<div class="fy-head">⟦m 飞屿网盘⟧ ⟦m 文件存得下，也传得快⟧ <a>⟦a 登录飞屿⟧</a></div>
<div class="fy-file">
<p class="fy-name">⟦m 文件名：斗笠编织作坊安全生产操作规程.docx　大小：21.3KB⟧</p>
<p class="fy-owner">⟦m 分享者：幞阳笠坊　有效期：永久有效⟧</p>
<p class="fy-btns">⟦a 保存到我的飞屿⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="fy-preview">
<p class="fy-doc-title">{T}</p>
{BODY}
</div>
<div class="fy-vip">⟦a 开通超级会员，预览全部页面并去除广告⟧</div>
<div class="fy-more"><h4>⟦l 该用户的其他分享⟧</h4><p>⟦l 桐油熬制注意事项.pdf⟧</p><p>⟦l 斗笠产品价目表.xlsx⟧</p></div>
<div class="fy-foot">⟦d 请勿通过飞屿网盘分享侵权或违法内容，发现请举报⟧ ⟦m © 飞屿网盘 2024⟧</div>
</body>
</html>
""",
        p_html='<p class="fy-line">{}</p>',
        pages=dict(fmt="⦤ {n} ⦥", every=110, start=2),
        body="""
第一条 为规范斗笠编织作坊的生产作业，预防刀具伤害、火灾和桐油中毒事故，制定本规程。
第二条 劈篾、刮篾时应佩戴防割手套，篾刀刀口朝外，不用时放回刀架，严禁随手放在地上或凳上。
第三条 竹材、竹叶、笋壳应堆放在专用库房，远离火源，库房内严禁吸烟。
第四条 熬制桐油须在室外专用灶台进行，油锅不得超过七成满，熬油时必须有人看守。
第五条 刷油作业应在通风良好的场所进行，作业人员佩戴口罩，每刷油一小时到室外休息十分钟。
第六条 作坊内应配备灭火器和急救箱，每月检查一次。
第七条 本规程自公布之日起执行。
""",
    ),
    dict(
        slug="netdisk-yundou-plan-mask-points-pdf-markers",
        site="云兜网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.yundoupan.example.cn/share/init?surl=Kw83nD",
        title="褙桥社区口罩便民发放点设置方案",
        record_title="褙桥社区口罩便民发放点设置方案.pdf",
        date="2024-12-16",
        notes="cloud-drive text preview: file-name record title; page markers '⚍ 第n页 ⚍' on lines of their own "
        "cutting sentences; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
!m 云兜网盘 | 分享文件
!m 褙桥社区口罩便民发放点设置方案.pdf　　286KB　　分享于 2 天前
!a 保存到云兜　　下载　　举报
{BODY}
!a 非会员仅可预览前3页，开通云兜会员查看完整文件
!l 你可能还需要：社区冬季防护物资领取登记表.xlsx
!m 云兜网盘 yundoupan.example.cn
""",
        pages=dict(fmt="⚍ 第{n}页 ⚍", every=100, start=2),
        body="""
为方便辖区老年人、慢性病患者在冬季领取口罩，社区决定设置口罩便民发放点，制定本方案。
1 设置地点
1.1 社区服务大厅一楼设主发放点，工作日9:00—17:00开放。
1.2 在褙桥菜市场、桥东小区、桥西小区各设一个周末流动发放点。
2 发放对象与数量
2.1 辖区65周岁以上老人、慢性病患者，每人每月领取一包（10只）。
2.2 领取时出示身份证或社区服务卡，由工作人员登记。
3 人员安排
3.1 每个发放点安排1名社工和2名志愿者，志愿者由社区党员志愿服务队轮流担任。
3.2 发放点每天清点库存，不足三天用量时报社区补货。
褙桥社区居民委员会
2024年12月16日
""",
    ),
    dict(
        slug="snapshot-huiwang-notice-basket-floor-price",
        site="回望搜索 cache of the 舄山镇 government site (invented)",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="html",
        source="https://cache.huiwang.example.cn/c?u=http%3A%2F%2Fwww.xishan.example.gov.cn%2Fgs%2F2024%2F0508.html",
        title="舄山镇关于竹篓收购保护价的公示",
        record_title="舄山镇关于竹篓收购保护价的公示 - 舄山镇人民政府 - 回望搜索旧页存照",
        date="2024-05-08",
        notes="snapshot frame: capture banner with a crawl stamp (no date), highlighted keywords line, the cached "
        "town site's own chrome; a price table one row a paragraph; the document's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>舄山镇关于竹篓收购保护价的公示 - 舄山镇人民政府 - 回望搜索旧页存照</title>
<style>.hw-frame{border-bottom:1px solid #ccc;background:#f7f7f7}</style>
<script src="https://cache.huiwang.example.cn/static/frame.js"></script>
</head>
<body>
<div class="hw-frame">
<p>⟦d 这是回望搜索于 2024-06-02 03:15 保存的旧页存照，原网页可能已经更新⟧</p>
<p>⟦a 查看原网页　｜　纯文字版⟧</p>
<p>⟦m 以下词语已被标黄：竹篓 收购价⟧</p>
</div>
<div class="site">
<div class="gov-head">⟦m 舄山镇人民政府⟧ ⟦m 首页　镇情概况　政务公开　便民服务⟧</div>
<div class="gov-pos">⟦m 您所在位置：首页 > 政务公开 > 公示公告⟧</div>
<h2>{T}</h2>
<div class="gov-meta">⟦m 来源：镇农业服务中心　浏览：1,248⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-foot">⟦m 舄山镇人民政府主办　粤ICP备16033057号⟧</div>
</div>
</body>
</html>
""",
        body="""
各村（居）委会、各竹篓收购点：
为保护编织户利益，稳定竹篓收购市场，经镇党委、政府研究，现将2024年竹篓收购保护价公示如下：
等级　规格　保护价
一等　口径40厘米以上，篾面光滑无霉点　每只28元
二等　口径30至40厘米，篾面基本光滑　每只20元
三等　口径30厘米以下或有轻微瑕疵　每只12元
各收购点收购价格不得低于上述保护价，并在醒目位置张贴价格牌。编织户发现压级压价的，可拨打镇农业服务中心电话0752-6918033反映。
公示期：2024年5月8日至5月15日。
舄山镇人民政府
2024年5月8日
""",
    ),
    dict(
        slug="snapshot-yipie-text-tips-buying-rubber-boots",
        site="一瞥搜索 text-only cache (invented)",
        style="搜索快照",
        genre="生活资讯",
        kind="news",
        form="text",
        source="http://textcache.yipie.example.cn/t?id=90a17c33",
        title="雨季选胶鞋，记住这四点",
        record_title="雨季选胶鞋，记住这四点_一瞥搜索纯文字留存",
        date=None,
        notes="text-only cache: the cache header with a relative capture time, the cached page's breadcrumb and "
        "update line (昨天), its share line; tips with no date",
        page="""
!d 一瞥搜索纯文字留存：本页保存于 3 天前，仅保留文字，图片与样式已去除
!a 返回原网页 | 完整快照
!m 箢山生活网 > 生活服务 > 实用贴士
{T}
!m 更新于 昨天　来源：箢山生活网
{BODY}
!l 分享：微信 | QQ | 复制链接
!m 箢山生活网 版权所有
""",
        indent="\u3000\u3000",
        body="""
雨季到了，下地干活、上山采茶，一双合脚的胶鞋必不可少。选胶鞋时记住这四点：
一看鞋底。鞋底花纹要深，纹路清晰，防滑效果才好；用手按压鞋底，回弹快的更耐磨。
二闻气味。质量好的胶鞋只有淡淡的橡胶味，气味刺鼻的可能用了回收胶料。
三查粘合。沿着鞋帮和鞋底的接缝看一圈，不能有开胶、缺胶的地方。
四试尺码。胶鞋没有弹性，试穿时最好穿上厚袜子，脚趾前面留一指宽的空间。
另外，胶鞋别放在太阳下暴晒，用完冲洗干净后阴干，能多穿好几年。
""",
    ),
    dict(
        slug="print-yunchuan-bulletin-guesthouse-bedsheets-footer",
        site="缊川县文化和旅游局网站 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wlj.yunchuan.example.gov.cn/print.jsp?id=70615",
        title="关于全县民宿床单布草更换情况抽查结果的通报",
        record_title="『打印』关于全县民宿床单布草更换情况抽查结果的通报（缊川文旅）",
        date="2024-07-26",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date), the page URL and a "
        "print footer '⧧ 第1页 共1页 ⧧'; a check table one row a paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>『打印』关于全县民宿床单布草更换情况抽查结果的通报（缊川文旅）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 打印本页⟧　⟦a 关闭窗口返回⟧</div>
<div class="pr-site">⟦m 缊川县文化和旅游局⟧</div>
<h2 class="pr-title">{T}</h2>
<div class="pr-meta">⟦m 打印时间：2024-08-03 10:41⟧</div>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 本页地址：http://wlj.yunchuan.example.gov.cn/xxgk/tzgg/70615.html⟧</div>
<div class="pr-foot">⟦p ⧧ 第1页 共1页 ⧧⟧</div>
</body>
</html>
""",
        body="""
各乡镇文化站，各民宿经营户：
7月中旬，县文化和旅游局联合县市场监管局，对全县42家民宿的床单布草更换情况进行了抽查。抽查结果如下：
检查项目　合格户数　不合格户数
一客一换　37　5
布草送洗记录　33　9
床单无污渍破损　39　3
对抽查中发现问题的9家民宿，已当场责令整改，并将于8月上旬复查。复查仍不合格的，取消其星级民宿评定资格。
请各民宿严格落实床单一客一换制度，建立布草送洗台账，自觉接受游客监督。
缊川县文化和旅游局
2024年7月26日
""",
    ),
    dict(
        slug="print-fuyang-request-douli-workshop-subsidy-footer",
        site="箢山县幞阳镇人民政府网站 print page (invented)",
        style="打印页",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.fuyang.wanshan.example.gov.cn/print/2024/0226/91.html",
        title="幞阳镇人民政府关于申请斗笠编织非遗工坊建设补助资金的请示",
        record_title="〔打印件·存档〕幞阳镇人民政府关于申请斗笠编织非遗工坊建设补助资金的请示 — 幞阳镇人民政府",
        date="2024-02-26",
        notes="text print page: print buttons and a print stamp on top, the request's own 联系人 line after the "
        "signature, an 附件 line, a print footer '⎂ 第 1 页 ／ 合计 1 页 ⎂'; 文号 neutral",
        page="""
!m 箢山县幞阳镇人民政府网站 — 打印页面
!a [开始打印]　[返回原文]
!m 打印于 今天 09:12
{T}
幞政呈〔2024〕6号
{BODY}
!m 原文地址：http://www.fuyang.wanshan.example.gov.cn/zwgk/2024/0226/91.html
!p ⎂ 第 1 页 ／ 合计 1 页 ⎂
""",
        indent="\u3000\u3000",
        body="""
县文化和旅游局：
幞阳斗笠编织技艺于2022年列入县级非物质文化遗产代表性项目名录。为保护和传承这一技艺，我镇计划利用镇老粮站闲置仓库建设斗笠编织非遗工坊，集传承、培训、展示、销售于一体。
工坊建筑面积约460平方米，设编织区、展示区和培训室，预计总投资68万元，其中镇财政自筹28万元，申请县级非遗保护专项资金补助40万元。工坊建成后，每年可培训编织学员100人以上，带动周边农户增收。
妥否，请批示。
附件：幞阳镇斗笠编织非遗工坊建设预算表
幞阳镇人民政府
2024年2月26日
（联系人：镇文化站 侯晓敏，电话：0752-7412096）
""",
    ),
    dict(
        slug="mail-yingchengyou-letter-tea-basket-samples-attachment-bar",
        site="蓥城邮企业邮箱 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.yingchengyou.example.cn/read?mid=ZC4102-3306",
        title="关于商请提供竹编茶篓样品的函",
        record_title="Fwd: 【会员请知悉】关于商请提供竹编茶篓样品的函",
        date="2024-04-02",
        date_also=["2024-04-03"],
        notes="webmail reading view: folder list, toolbar, the forwarding mail's headers (抄送 among them) and the "
        "forwarded header, an attachment bar next to the letter's own 附件 list and 抄送 line; the forwarder's "
        "note neutral; the send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 【会员请知悉】关于商请提供竹编茶篓样品的函 - 蓥城邮</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 蓥城邮 · 企业邮箱⟧ ⟦m mishuchu@wszbxh.example.cn⟧ ⟦a 设置　退出⟧</div>
<div class="wm-folders">⟦l 收件箱(23)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-read">
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h3 class="wm-subject">⟦t Fwd: 【会员请知悉】关于商请提供竹编茶篓样品的函⟧</h3>
<table class="wm-hdr">
<tr><td>⟦m 发件人：箢山县竹编行业协会秘书处 &lt;mishuchu@wszbxh.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：会员单位（群发）⟧</td></tr>
<tr><td>⟦m 抄　送：秘书长 蔡立新⟧</td></tr>
<tr><td>⟦m 时　间：2024年4月3日（星期三）上午10:26⟧</td></tr>
</table>
<div class="wm-attbar">⟦a 附件 2 个（共 1.2MB）　茶篓样品规格示意图.jpg　供应商报价单.xlsx　全部打包下载⟧</div>
<div class="wm-content">
<p>各会员单位：以下来函请阅知，有意向的请直接与对方联系。</p>
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<p>⟦m 发件人："温雅" &lt;wenya@shanyetea.example.cn&gt;⟧</p>
<p>⟦m 主题：关于商请提供竹编茶篓样品的函⟧</p>
{BODY}
</div>
</div>
<div class="wm-foot">⟦m 蓥城邮 企业邮箱服务　客服热线 0752-2200500⟧</div>
</body>
</html>
""",
        body="""
箢山县竹编行业协会：
我公司拟于今年5月推出“山野春茶”礼盒系列，计划采用竹编茶篓作为外包装。为选定合适的供应商，商请贵会协助征集竹编茶篓样品，具体事项如下：
一、样品规格：口径18至22厘米，带盖，可装茶叶250克。
二、样品数量：每家供应商提供样品2只，并附报价单。
三、送样时间：4月20日前寄至我公司采购部。
样品经评审选用的，我公司将与供应商签订年度采购合同。
联系人：采购部 温雅，电话：0752-2417730，邮箱：wenya@shanyetea.example.cn
附件：1.茶篓样品规格示意图
2.供应商报价单
蓥城山野茶业有限公司
2024年4月2日
抄送：箢山县茶叶产业发展中心
""",
    ),
    dict(
        slug="mail-forward-thanks-letter-kids-masks-text",
        site="缊川县教育局 mail forwarded as text (invented)",
        style="邮件转发",
        genre="感谢信",
        kind="other",
        form="text",
        source="mailto:jyjbgs@yunchuanedu.example.cn?msg=20250221-0903",
        title="致缊川康卫医疗用品有限公司的感谢信",
        record_title="转发：致缊川康卫医疗用品有限公司的感谢信（请转各班）",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="a mail forwarded as plain text: forward separator and headers (the send date differs from the "
        "letter's), the forwarder's note neutral, a mobile-client signature and a confidentiality notice below",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：县教育局办公室 <jyjbgs@yunchuanedu.example.cn>
!m 发送时间：2025年2月21日 星期五 09:03
!m 收件人：各中小学校长
!t 主题：转发：致缊川康卫医疗用品有限公司的感谢信（请转各班）
各位校长：请将感谢信在班级群中转发，教育学生懂得感恩。
{BODY}
!m —— 发自蓥城邮手机版
!d 本邮件及其附件只供收件人本人使用，如误收请立即删除并告知发件人
""",
        gap=True,
        body="""
缊川康卫医疗用品有限公司：
春节前后，我县各中小学正值流感高发期。贵公司得知部分山区学校口罩短缺后，主动向我局捐赠儿童医用口罩10万只，及时分发到全县63所学校，为孩子们的健康筑起了一道防线。
在此，我们谨代表全县师生，向贵公司表示衷心的感谢！贵公司热心公益、回报社会的善举，为全县师生树立了榜样。我们将以此为激励，继续做好校园卫生防护工作。
祝贵公司事业兴旺！
缊川县教育局
2025年2月20日
""",
    ),
]
