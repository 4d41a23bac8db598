"""holdout288, part F: encyclopaedia pages, cloud-drive shares, search snapshots, print views,
forwarded mails.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-pincushion-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.example.cn/item/针插/20931",
        title="针插",
        record_title="针插 - 知源百科 · 生活用品",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued "
        "after sentences, an 'edit this section' link glued to a heading; the entry name opens the "
        "body (the repeated title matched as head); no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>针插 - 知源百科 · 生活用品</title>
<link rel="stylesheet" href="https://static.zhiyuan-wiki.example.cn/lemma.css">
</head><body>
<div class="top">⟦m 知源百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sub">⟦m 缝纫用具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：针插⟧</td><td>⟦m 别　名：针包、针垫⟧</td></tr>
<tr><td>⟦m 用　途：插放缝针⟧</td><td>⟦m 常见材料：布料、米糠、羊毛、磁铁⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 简介　2 材料与形制　3 民俗　4 使用注意⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《民间针线用具图录》，第45页⟧</p><p>⟦l [2] 《家庭缝纫入门》，第12页⟧</p></div>
<div class="stat">⟦m 词条浏览 8,412 次　最近更新：2024-10-08⟧</div>
<div class="foot">⟦d 知源百科内容由网友共同编辑，如需专业意见请咨询相关人士。⟧　⟦m 京ICP备21025571号⟧</div>
</body></html>
""",
        body="""
针插，又称针包、针垫，是用来插放缝衣针、大头针的小型缝纫用具。
针插一般由布料包裹填充物制成，常见外形有圆形、方形和番茄形。传统针插多用米糠、锯末或羊毛填充，米糠和羊毛含有油脂，能防止缝针生锈。⟦m [1]⟧现代针插也有用磁铁制成的，可直接吸附钢针。
在中国民间，针插常与针线筐、顶针一起出现，是家庭针线活的必备之物。一些地方的女子出嫁时，会绣制精美的针插作为嫁妆。⟦m [2]⟧
使用针插时，应将针尖完全插入，避免外露扎伤；针插若有破损，应及时缝补，防止填充物漏出。⟦a 编辑本段⟧
""",
    ),
    dict(
        slug="wiki-lanzhi-entry-window-screen-text",
        site="览知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.lanzhi-baike.example.cn/doc/chuangsha.html",
        title="窗纱",
        record_title="窗纱（建筑用品）_百科词条 - 览知百科",
        date=None,
        notes="encyclopaedia as text: the entry name on its own line and again at the start of the body "
        "(matched as head); infobox lines, a contents line; no date (an update stamp only)",
        page="""
!m 览知百科　｜　词条　｜　分类：家居建材
{T}
!m 窗纱（建筑用品）
!a 编辑　｜　收藏　｜　纠错
!m 中文名：窗纱　　外文名：window screen　　类别：建筑五金
!l 目录：1 定义　2 分类　3 目数　4 保养
{BODY}
!m 本词条最近更新于：2024年5月7日　　浏览：15,220
!l 相关词条：纱门　｜　防蚊网　｜　隐形纱窗
!d 百科内容仅供参考，如有错漏欢迎纠错。
""",
        body="""
窗纱是安装在窗户上，用于防止蚊虫进入室内并保持通风的网状材料。
按材质可分为玻璃纤维窗纱、不锈钢窗纱、铝合金窗纱和尼龙窗纱等。玻璃纤维窗纱价格低、不易燃烧，使用最为普遍；不锈钢窗纱强度高、耐腐蚀，常用于高层住宅和沿海地区。
按安装方式可分为固定式、推拉式、折叠式和隐形卷帘式。隐形卷帘式窗纱不用时可收入盒内，不影响采光和视线。
窗纱的目数表示每英寸长度内的网孔数，目数越大，网孔越小。居室常用十八目左右的窗纱，既能挡住蚊虫，又不影响通风。
窗纱应定期清洗，可用软毛刷蘸清水刷洗，不宜用力拉扯。
""",
    ),
    dict(
        slug="clouddrive-feiyun-procedure-pillow-towels-markers",
        site="飞云盘 (invented cloud drive, preview)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.feiyunpan.example.cn/s/1kQm7vR0xT",
        title="客房枕巾折叠与摆放操作规程",
        record_title="客房枕巾折叠与摆放操作规程.docx",
        date="2024-02-26",
        notes="cloud-drive preview cut by marker paragraphs ⫓ n ⫔; VIP prompts; file-name record title; "
        "the department's date under the procedure",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>客房枕巾折叠与摆放操作规程.docx_免费高速下载|飞云盘</title>
<link rel="stylesheet" href="https://pan.feiyunpan.example.cn/static/preview.css">
<script src="https://pan.feiyunpan.example.cn/static/preview.js"></script>
</head><body>
<div class="bar">⟦m 飞云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">⟦m 分享者：客房部小许　分享时间：2024-03-04 11:26　有效期：永久⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 文件大小：31.6KB　类型：Word文档⟧</p>
<div class="ops">⟦a 保存到我的飞云盘　普通下载　超级会员极速下载⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦a 非会员仅可预览前3页，开通会员查看全部内容⟧</div>
<div class="foot">⟦d 请勿分享侵权、违法内容，飞云盘将依法配合处理。⟧　⟦m 飞云盘 © 2024⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⫓ {n} ⫔", every=120, start=2),
        body="""
一、适用范围
本规程适用于宾馆客房部所有楼层服务员的枕巾折叠与摆放操作。
二、折叠方法
1.将枕巾正面朝下平铺在工作台上，店徽位于右下角。
2.沿长边对折两次，折成长条形，再沿短边对折一次，店徽应露在正面右下方。
3.折好的枕巾四边对齐，不得有明显褶皱。
三、摆放要求
1.每个枕头上铺枕巾一条，枕巾居中，前端与枕头前沿齐平。
2.双床房两张床的枕巾摆放方向一致，店徽朝向床尾。
3.备用枕巾折好后放入衣柜上层，每间房备用两条。
四、检查
领班每日抽查不少于十间客房，发现不符合要求的当场纠正，并记入楼层检查表。
棶水宾馆客房部
2024年2月26日
""",
    ),
    dict(
        slug="clouddrive-nas-contract-template-pincushions-markers",
        site="家庭云 NAS 分享页 (invented)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://nas-share.example-home.cn/sharing/Vd0pLx2k",
        title="针插采购合同（范本）",
        record_title="针插采购合同（范本）.doc",
        date=None,
        notes="a NAS share's text preview: markers ⨄第n页⨄ on lines of their own cutting sentences; "
        "a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条; no date",
        page="""
!m 家庭云 · 文件分享
!t 针插采购合同（范本）.doc
!m 分享人：lin_family　　分享于 3 天前　　36 KB
!a 下载　　保存到我的家庭云　　举报
{T}
{BODY}
!m 预览完毕，共3页
!d 该分享链接由用户创建，请自行甄别文件内容。
""",
        pages=dict(fmt="⨄第{n}页⨄", every=140, start=2),
        body="""
甲方（采购方）：××服装有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》，甲乙双方经协商一致，订立本合同。
第一条　产品名称、数量及价格：磁性针插＿＿＿个，单价＿＿＿元，合计人民币＿＿＿＿元。
第二条　质量要求：针插磁力应能吸附二十枚以上手缝针，外壳无毛刺、无裂纹，符合乙方提供的样品。
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方××车间，运费由乙方承担。
第四条　验收：甲方收货后三日内验收，不合格产品乙方应无条件退换。
第五条　付款方式：验收合格后十五日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-lanxun-library-letter-bus-stop-racks",
        site="览寻网页快照 (invented search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://cache.lanxun-search.example.cn/c?u=www.yclib.example-lib.cn/tzgg/2024/0219.html",
        title="关于商请在公交候车亭设置报刊架的函",
        record_title="关于商请在公交候车亭设置报刊架的函 - 堉城市图书馆（览寻网页快照）",
        date="2024-02-19",
        notes="search-cache frame: capture banner, highlighted terms in the banner, the cached library "
        "page's own nav; the letter's contact in the body; 成文日期 in Chinese numerals; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于商请在公交候车亭设置报刊架的函 - 堉城市图书馆（览寻网页快照）</title>
</head><body>
<div class="cache-banner" style="background:#fffbe6;border-bottom:1px solid #ddd">
<p>⟦m 这是览寻对 www.yclib.example-lib.cn/tzgg/2024/0219.html 的网页快照，抓取于 2024年3月2日 05:17⟧</p>
<p>⟦a 原网页可能已更新，点击查看当前页面⟧</p>
<p>⟦m 以下关键词已高亮：<b style="background:#ff6">报刊架</b> <b style="background:#6ff">公交</b>⟧</p>
</div>
<div class="cached">
<div class="lib-head">⟦m 堉城市图书馆 Yucheng Library⟧</div>
<div class="lib-nav">⟦m 首页　本馆概况　读者服务　数字资源　通知公告⟧</div>
<div class="lib-pos">⟦m 首页 ＞ 馆务公告⟧</div>
<h2>{T}</h2>
<div class="lib-meta">⟦m 发布者：办公室　点击：97⟧</div>
<div class="lib-body">
{BODY}
</div>
<div class="lib-foot">⟦m 堉城市图书馆　开馆时间：周二至周日 9:00—21:00　咨询：0739-2685000⟧</div>
</div>
</body></html>
""",
        body="""
堉城市公共交通集团有限公司：
为推进全民阅读，方便市民在候车时阅读报刊，我馆拟与贵集团合作，在主城区公交候车亭设置公益报刊架。现将有关事项函商如下：
一、报刊架由我馆统一制作，贵集团协助确定设置站点并提供安装位置。
二、报刊由我馆和市邮政分公司负责每日更换，日常保洁由贵集团站务人员协助。
三、首批拟在氿湖区二十个站台试点，运行三个月后根据市民反映再行扩大。
妥否，请函复。
联系人：柏思源，电话：0739-2685147。
堉城市图书馆
二〇二四年二月十九日
""",
    ),
    dict(
        slug="snapshot-textcache-market-bureau-ruler-spotcheck",
        site="搜必达文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kuaizhao.soubida.example.cn/txt?url=scjgj.tongling-xian.gov.cn/tzgg/0603.html",
        title="峂岭县市场监督管理局关于竹尺产品计量专项抽查情况的通告",
        date="2024-06-03",
        notes="text-only cache: capture banner and 'view original' line; the record's title as is; "
        "a table one row a paragraph; 成文日期; the capture stamp is no date",
        page="""
!m 【文字快照】本页面为 scjgj.tongling-xian.gov.cn/tzgg/0603.html 的纯文字缓存，缓存时间 2024-06-19 02:44
!a 查看原始网页　　查看图片版快照
!m 峂岭县市场监督管理局　>　通知公告
{T}
{BODY}
!m 峂岭县市场监督管理局　版权所有　投诉举报：0738-4212315
!m 【搜必达快照】与原网页无关，内容以原网页为准
""",
        body="""
近期，我局对全县文具店、超市销售的竹尺产品开展了计量专项抽查，共抽查十二个经营单位的竹尺二十批次，合格十七批次，不合格三批次。现将不合格产品通告如下：
经营单位　产品规格　不合格项目
峂岭县文华文具店　30厘米竹尺　示值误差
峂岭县惠邻超市　50厘米竹尺　示值误差、刻线宽度
坻溪镇新华文具批发部　1米竹尺　示值误差
对抽查不合格的产品，我局已责令经营单位下架，并依法进行后续处理。
提醒广大消费者，购买竹尺时请选择刻线清晰、尺身平直的产品，用于买卖计量的，应使用经检定合格的计量器具。
峂岭县市场监督管理局
2024年6月3日
""",
    ),
    dict(
        slug="print-liyuan-property-screen-cleaning-footer",
        site="峛源物业服务中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liyuan-wy.example-co.cn/print.aspx?id=20240610",
        title="关于开展小区纱窗免费清洗服务的通知",
        record_title="预览待打印：关于开展小区纱窗免费清洗服务的通知〔物业服务中心〕",
        date="2024-06-10",
        notes="print view calling window.print(): print buttons, the page URL, a print footer "
        "ꕁ 第1页，共1页 ꕁ closing the view; the property's own booking phone in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>预览待打印：关于开展小区纱窗免费清洗服务的通知〔物业服务中心〕</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 🖨 立即打印　　⤓ 另存为PDF　　✕ 关闭预览⟧</div>
<div class="print-head">⟦m 堉城峛源物业服务有限公司　物业服务中心⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 页面地址：http://www.liyuan-wy.example-co.cn/notice/20240610.html⟧</div>
<div class="print-time">⟦m 打印时间：2024-06-12 08:03⟧</div>
<div class="print-foot">⟦p ꕁ 第1页，共1页 ꕁ⟧</div>
</body></html>
""",
        body="""
各位业主：
为帮助业主做好夏季防蚊，物业服务中心定于6月15日至6月30日开展纱窗免费清洗服务。现将有关事项通知如下：
一、服务内容：拆卸、清洗、安装推拉式纱窗，每户不超过六扇；固定式纱窗仅提供上门刷洗。
二、预约方式：请到物业服务中心前台登记，或拨打物业服务电话0739-2271680预约上门时间。
三、注意事项：清洗期间请家中留人；如发现纱网破损，工作人员将告知业主，是否更换由业主自行决定，物业不强制推销。
感谢各位业主的支持与配合！
堉城峛源物业服务有限公司
2024年6月10日
""",
    ),
    dict(
        slug="print-shenqiao-school-letter-parents-pincushion",
        site="篸桥镇中心小学 (invented, print view)",
        style="打印页",
        genre="家长信",
        kind="letter",
        form="text",
        source="http://www.sqzx.example-school.cn/print/jiaxiao/0114.html",
        title="致五年级家长的一封信",
        record_title="［纸质版预览］致五年级家长的一封信（劳动课材料准备）- 篸桥镇中心小学",
        date="2024-10-14",
        notes="print view as text: print header with URL, a 回执 with a blank to print (content), a print "
        "footer ⩎ 页 1 ／ 1 ⩎ closing the view; 成文日期",
        page="""
!m 篸桥镇中心小学　家校互通　【打印版】
!m http://www.sqzx.example-school.cn/jiaxiao/0114.html
{T}
!m 发布人：五年级组　　打印于 2024-10-15 07:52
{BODY}
!p ⩎ 页 1 ／ 1 ⩎
""",
        body="""
尊敬的家长：
您好！本学期五年级劳动课将开展“缝制小针插”实践活动，孩子们将学习平针缝和收口，亲手缝制一只针插。为保证课堂顺利进行，请您协助做好以下准备：
一、请为孩子准备边长约十厘米的旧布两块，颜色不限，旧衣服、旧枕套均可。
二、缝针、棉线、填充棉由学校统一提供，请不要让孩子自带缝针进校。
三、课堂上教师会全程指导安全用针，课后请您提醒孩子把针插放在弟弟妹妹够不着的地方。
请您填写下方回执，打印后签字，于10月18日前由孩子交给班主任。
感谢您的支持！
篸桥镇中心小学
2024年10月14日
回执：我已知悉劳动课安排，将为孩子准备旧布两块。家长签字：＿＿＿＿
""",
    ),
    dict(
        slug="mail-postal-letter-kiosk-racks-attachment-bar",
        site="堉城文旅局内部邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ycwlj.example-gov.cn/reading?mid=ZC2604-f3a1",
        title="关于更换市区报刊亭报刊架的函",
        record_title="Fwd: 【请阅办】关于更换市区报刊亭报刊架的函",
        date="2024-03-25",
        date_also=["2024-03-27", "2024-03-26"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside "
        "the letter's own 附件 list, the letter's own contact and mailbox and its own 抄送 line; "
        "成文日期 vs the send and forward dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 【请阅办】关于更换市区报刊亭报刊架的函 - 政务邮箱</title>
<link rel="stylesheet" href="/webmail/skin/read.css">
</head><body>
<div class="mail-top">⟦m 政务邮箱⟧ <span>⟦m 收件箱(12)　草稿箱　已发送　通讯录⟧</span></div>
<div class="mail-ops">⟦a 回复　回复全部　转发　删除　标记为未读　打印⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 【请阅办】关于更换市区报刊亭报刊架的函⟧</h3>
<p>⟦m 发件人：局办公室 韦宁 &lt;weining@ycwlj.example-gov.cn&gt;⟧</p>
<p>⟦m 收件人：公共服务科⟧</p>
<p>⟦m 抄　送：市场管理科⟧</p>
<p>⟦m 时　间：2024年3月27日（星期三）上午10:14⟧</p>
</div>
<div class="mail-body">
<p>⟦m 各位：邮政来函，请公共服务科阅研后提出意见。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：纪书航 &lt;jishuhang@ycpost-fx.example.cn&gt;　日期：2024年3月26日 16:40⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 2 个附件（共 1.2 MB）　报刊亭清单.xlsx　新报刊架样式图.pdf　全部下载　预览⟧</div>
<div class="mail-foot">⟦d 本邮件可能含有内部信息，未经许可请勿转发至外部邮箱。⟧</div>
</body></html>
""",
        body="""
堉城市文化广电和旅游局：
我局在市区设置的四十二个报刊亭，报刊架均为2015年前后安装，风吹日晒多年，目前有十九个报刊亭的报刊架存在锈蚀、松动，雨天报刊易受潮。为改善市民购报环境，我局拟于今年第二季度统一更换报刊架，所需资金由我局自筹。
因部分报刊亭位于贵局负责的文化街区内，更换时需临时占用人行道，特函请贵局给予协调支持。
附件：1.需更换报刊架的报刊亭清单
2.新报刊架样式图
联系人：纪书航，电话：0739-2250673，邮箱：jishuhang@ycpost-fx.example.cn
堉城市邮政分公司报刊发行局
2024年3月25日
抄送：氿湖区城市管理局
""",
    ),
    dict(
        slug="mail-hotel-request-pillow-towels-forwarded-text",
        site="棶水宾馆企业邮箱 (invented, forwarded as text)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:caigou@lsbg.example-hotel.cn?ref=fwd-20240410",
        title="关于采购客房枕巾的请示",
        record_title="Fwd: 【总经理已批】关于采购客房枕巾的请示",
        date="2024-04-09",
        date_also=["2024-04-10"],
        notes="a mail forwarded as text: 发件人/收件人/日期/主题 headers, a reply line above the forwarded "
        "request, a mail-client signature; 成文日期 vs the send date",
        page="""
!m 发件人：总经理办公室 <zjb@lsbg.example-hotel.cn>
!m 收件人：采购部 <caigou@lsbg.example-hotel.cn>
!m 日期：2024年4月10日 星期三 09:26
!t 主题：Fwd: 【总经理已批】关于采购客房枕巾的请示
!m 采购部：总经理已批，请按请示办理询价。
!m -------- 原始邮件 --------
!m 发件人：客房部 <kefang@lsbg.example-hotel.cn>
!m 发送时间：2024年4月9日 17:48
{T}
{BODY}
!m ——
!m 棶水宾馆 客房部　内线 6203
!d 本邮件及其附件仅限收件人使用，如误收请删除并告知发件人。
!a 发自我的手机邮箱
""",
        body="""
总经理：
客房部现有枕巾一千二百条，其中约三百条已洗涤超过一百五十次，出现发黄、发硬现象，客人投诉较多。为保证客房品质，拟采购全棉枕巾四百条，具体如下：
一、规格：50×80厘米，克重不低于150克，白色缎档款。
二、预算：每条28元，合计11200元，从客房部年度布草预算中列支。
三、采购方式：向三家供应商询价，择优选定。
以上请示当否，请批示。
客房部
2024年4月9日
""",
    ),
]
