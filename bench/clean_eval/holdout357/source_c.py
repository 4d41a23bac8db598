"""holdout357, part C: WeChat mirrors, document-sharing pages, download stations, cloud
drives and writing apps. Everything invented by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="xunling-fire-mirror-tentlamp-h1",
        site="公号镜阅 (invented WeChat mirror) / 勋岭消防",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.gonghaojingyue.com/a/xunlingxiaofang/20240809/5521907.html",
        title="露营季到了，帐篷灯这样用才安全",
        record_title=None,
        date="2024-08-09",
        notes="no record title: the h1 holds it; the account line's date is the page's date; a star prompt before the first words; 在看/阅读原文/赞赏 rows; a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>公号镜阅 - 好文章，值得再读一遍</title>
<meta name="referrer" content="no-referrer">
<script src="https://cdn.gonghaojingyue.com/js/lazy.js"></script>
</head>
<body>
<div class="gj-bar">⟦m 公号镜阅⟧ ⟦m 公众号文章检索与存档⟧ <a href="/login">⟦a 登录收藏⟧</a></div>
<div class="gj-acc">⟦m 来自公众号：勋岭消防 ｜ 已收录 1,284 篇⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　勋岭消防　2024-08-09 18:30　湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="gj-tail">
<p>⟦a 阅读原文⟧　⟦a 在看 42⟧　⟦a 赞 118⟧</p>
<p>⟦a 喜欢作者 ♥ 赞赏支持⟧</p>
<p>⟦a 长按识别二维码，关注勋岭消防⟧</p>
</div>
</div>
<div class="gj-note">⟦d 本页为公号镜阅自动存档的副本，图片可能无法显示，版权归原公众号所有⟧</div>
<div class="gj-more"><h4>⟦l 该公众号的其他文章⟧</h4><ul><li>⟦l 电动车进楼入户，危险有多大？⟧</li><li>⟦l 夏季厨房用火用气“六不要”⟧</li></ul></div>
<div class="gj-ft">⟦m 公号镜阅 gonghaojingyue.com 沪ICP备20015539号⟧</div>
</body>
</html>
""",
        body="""
⟦a ☆ 点上方“勋岭消防”，设为星标不迷路⟧暑期是露营旺季，溉水沿岸的几处营地每到周末都搭满了帐篷。夜里照明离不开帐篷灯，可用得不对，小小一盏灯也可能惹出大麻烦。
一、别让帐篷灯“裹”着充电。帐篷灯多用锂电池，充电时会发热，放在睡袋、衣物堆里充电，热量散不出去，容易引燃织物。
⟦d 文中图片由勋岭消防拍摄，未经许可请勿转用⟧
二、别用来烘东西。有的朋友把湿袜子、湿毛巾搭在灯上烘干，灯罩温度升高，既伤电池又有起火风险。
三、选灯认准合格标志。购买时查看产品是否有合格证、电池容量和生产厂家等信息，不要图便宜买“三无”产品。
四、灯挂高处，远离炉具。帐篷灯要挂在帐篷顶部挂环上，与卡式炉、燃气灯保持距离。
最后提醒大家，帐篷内严禁使用明火取暖照明，一旦发现电池鼓包、冒烟，立即断电并移到帐篷外空旷处，必要时拨打119。
""",
    ),
    dict(
        slug="duiyang-hospital-mirror-garlicpress-text",
        site="公号存读 (invented WeChat mirror) / 兑阳市中心医院临床营养科",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="text",
        source="http://cundu.example.com/mp/dyzxyy_yingyang/2024/0321/118830.html",
        title="生蒜压成泥放一会儿再吃更好？营养科医生这样说",
        record_title="生蒜压成泥放一会儿再吃更好？营养科医生这样说 ➜ 兑阳市中心医院临床营养科（公号文章副本）",
        date="2024-03-21",
        notes="mirror page in text: the account line's date is the page's date; a follow prompt before the first words; a like row and a QR line at the end; the mirror's note",
        page="""
!m 公号存读 · 离线也能读的公众号
!t 生蒜压成泥放一会儿再吃更好？营养科医生这样说 ➜ 兑阳市中心医院临床营养科（公号文章副本）
{T}
!m 兑阳市中心医院临床营养科　2024-03-21 07:45
{BODY}
!a 分享　｜　点赞 63　｜　在看
!a 扫码关注“兑阳市中心医院”，预约挂号、查报告一站办理
!d 公号存读仅作存档备份，原文以公众号发布为准
!l 同号文章：春季过敏，饮食上要注意什么 ｜ 糖尿病人能不能吃水果
""",
        indent="",
        body="""
⟦a 戳蓝字“兑阳市中心医院”关注我们⟧不少人做凉拌菜喜欢放蒜泥。有患者问：听说蒜压成泥以后要放一会儿再吃，是真的吗？
是有一定道理的。大蒜里的蒜氨酸和蒜酶原本分开存在，蒜瓣被压碎后两者接触，才会生成带辛辣味的大蒜素。用压蒜器把蒜压成泥，比切片、拍碎破坏得更充分，压好后在室温下放置10到15分钟，大蒜素生成得更多。
不过也要提醒几点：
1.大蒜素不耐热，想保留辣味和风味，最好凉拌或出锅前再放；
2.胃肠功能不好、有胃溃疡的朋友，生蒜要少吃；
3.压蒜器用完要及时拆洗，蒜渣残留在滤孔里容易发霉，最好用小刷子刷干净后晾干。
均衡饮食才是健康的根本，蒜泥再好，也不要当“药”来吃。（临床营养科　龚慧）
""",
    ),
    dict(
        slug="wenxiang-share-pledge-rack-sidewalk",
        site="文享汇 (invented, document sharing)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.wenxianghui.com/view/d81c7a20fe.html",
        title="文明经营不占道　规范摆放展示架倡议书",
        record_title="文明经营不占道　规范摆放展示架倡议书【个体工商户适用·可替换落款】 - 文享汇",
        date="2024-05-20",
        notes="sharing page: file-info box, a sign-in points lock, a service WeChat and an upload notice; an association's pledge; the 成文日期 under the signature; upload stamps are no dates",
        page="""
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>文明经营不占道　规范摆放展示架倡议书【个体工商户适用·可替换落款】 - 文享汇</title>
<script>var WX_DOC={fid:"d81c7a20fe",pts:2};</script>
</head>
<body>
<header class="wx-head">
<a class="wx-logo">⟦m 文享汇⟧</a> ⟦m 好文档，一起享⟧
<a href="/upload">⟦a 上传文档拿奖励⟧</a> <a href="/sign">⟦a 每日签到⟧</a>
</header>
<div class="wx-crumb">⟦m 文享汇 / 行业文书 / 倡议书⟧</div>
<div class="wx-doc">
<h1>{T}</h1>
<ul class="wx-fileinfo">
<li>⟦m 文件大小：21.6KB⟧</li>
<li>⟦m 分享时间：2024-06-02⟧</li>
<li>⟦m 分享达人：湖畔小个体⟧</li>
</ul>
<div class="wx-content">
{BODY}
</div>
<div class="wx-lock">⟦a 签到满3天可免积分下载本文档，当前已签到1天⟧</div>
<div class="wx-btns">⟦a 下载（2积分）⟧ ⟦a 加入我的文库⟧</div>
</div>
<div class="wx-notice">⟦d 文享汇提醒：文档为网友分享，内容仅供借鉴，若有侵权请提交证明材料，核实后删除⟧</div>
<div class="wx-service">⟦w 文档找不到？加文享汇小助手微信 wxh_zhushou07⟧</div>
<footer>⟦m 文享汇 wenxianghui.com © 2024　粤ICP备21060318号⟧</footer>
</body>
</html>
""",
        body="""
全县个体工商户朋友们：
临街店铺是城市的“窗口”，干净整洁的街面是我们共同的招牌。近期，部分商户把服装架、鞋架、商品展示架摆上人行道，既影响行人通行，也影响市容。为此，县个体劳动者协会向全县临街商户发出如下倡议：
一、店外不摆架。商品展示架一律摆放在店内或店门线以内，不占用人行道和盲道。
二、门前三包到位。主动做好门前卫生、秩序和绿化管护，发现乱堆乱放及时清理。
三、互相提醒监督。同一条街的商户结成文明经营小组，相互提醒、共同遵守。
四、争当文明商户。积极参加“文明诚信示范店”评选，用整洁的店容赢得顾客的信任。
让我们从收好每一组展示架做起，共同守护干净有序的街道！
暨湖县个体劳动者协会
二〇二四年五月二十日
""",
    ),
    dict(
        slug="wendangjia-share-request-eggslicer-glued-markers",
        site="文档佳 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://wendangjia.example.net/d/2024/0301/660152.html",
        title="关于为溉口镇敬老院食堂购置切蛋器等厨房器具的请示",
        record_title="关于为溉口镇敬老院食堂购置切蛋器等厨房器具的请示.docx",
        date="2024-02-26",
        notes="file-name record title; preview page markers ⇫n glued with a space to the continuation line, cutting sentences; the request's own 联系人/电话 beside the site's service WeChat",
        page="""
!m 文档佳 · 专注办公文档分享
!t 关于为溉口镇敬老院食堂购置切蛋器等厨房器具的请示.docx
!m 页数：3　｜　上传时间：2024-03-01　｜　下载：57
!a 〔在线预览〕〔下载到本地〕〔举报〕
{T}
{BODY}
!a 预览到此为止，下载后可查看完整版式与落款印章
!w 文档佳客服微信：wdj-service88（工作日9:00-18:00在线）
!d 本站文档均为用户分享，文档佳不对其真实性负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⇫{n}", every=80, start=2, glue=True, sep=" "),
        body="""
镇人民政府：
溉口镇敬老院现有集中供养老人46名，其中80岁以上老人19名。食堂现有厨具大多使用多年，部分已经锈蚀损坏，难以满足老人饮食精细化加工的需要。为提高老人膳食质量，保障饮食安全，拟购置以下厨房器具：
1.不锈钢切蛋器4个，用于将煮鸡蛋切成薄片，方便牙口不好的老人食用；
2.压蒜器、削皮器各2个；
3.食品留样冰箱1台。
以上器具经询价共需资金约3800元，拟从敬老院年度运行经费中列支。
妥否，请批示。
联系人：龚秀梅，电话：0719-6581207。
溉口镇敬老院
2024年2月26日
""",
    ),
    dict(
        slug="xiazai-station-contract-rack-template-gb2312",
        site="百川资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.baichuanzl.net/soft/hetong/2024/11872.html",
        title="商品展示架采购合同（范本）",
        record_title="商品展示架采购合同（范本）Word原格式直取 - 买卖契约 - 百川资料下载站",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links, an unzip password and a dead-link report; a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>商品展示架采购合同（范本）Word原格式直取 - 买卖契约 - 百川资料下载站</title>
<script language="javascript" src="/js/down_ad.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 百川资料下载站 — 汇百川资料，供万家取用⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 收藏百川⟧</td></tr>
<tr><td colspan="2">⟦m 首页 ┃ 公文写作 ┃ 合同协议 ┃ 表格模板 ┃ 课件教案 ┃ 常用软件⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：百川资料下载站 → 合同协议 → 买卖合同⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="5" cellspacing="0" bordercolor="#B9C9DA">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 35 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m doc / 简体中文⟧</td></tr>
<tr><td>⟦m 入库日期：⟧</td><td>⟦m 2024-11-08 09:17:33⟧</td></tr>
<tr><td>⟦m 资料等级：⟧</td><td>⟦m ★★★☆☆ 3.5⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载通道：⟧</td><td>⟦a 电信下载一⟧　⟦a 联通下载二⟧　⟦a 备用下载三⟧</td></tr>
<tr><td>⟦m 解压口令：⟧</td><td>⟦m www.baichuanzl.net⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链，管理员会尽快修复⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td>⟦l 同类资料：门店装修施工合同　货架租赁协议　广告物料制作合同⟧</td></tr>
<tr><td align="center">⟦d 百川站内资料收集于网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr>
<tr><td align="center">⟦m Copyright 2006-2024 百川资料下载站 豫ICP备06013752号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××展示用品厂
根据《中华人民共和国民法典》及有关规定，甲乙双方就商品展示架采购事宜，经协商一致，订立本合同。
第一条　产品名称、规格及数量：乙方向甲方提供＿＿型商品展示架＿＿组，规格为长＿＿厘米、宽＿＿厘米、高＿＿厘米，层板数量＿＿层。
第二条　质量要求：展示架主体采用冷轧钢板或同等材质，表面喷塑均匀，单层承重不低于＿＿千克，边角须做圆角处理。
第三条　合同价款：合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿），含运输、安装费用。
第四条　交货及验收：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点并安装完毕，甲方应在安装后＿＿日内组织验收。
第五条　质量保证：质保期为验收合格之日起＿＿个月，质保期内非人为损坏的，乙方免费维修或更换。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%向甲方支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yiqu-station-rules-decanter-lone-markers",
        site="易取资料站 (invented, download station)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.yiquzl.com/down/zhidu/29314.html",
        title="酒店餐饮部醒酒器使用与清洗管理规定",
        record_title="酒店餐饮部醒酒器使用与清洗管理规定.doc",
        date=None,
        notes="file-name record title; page markers 〝第n页〞 on lines of their own cut sentences; 第N条 articles; an effective clause and no date",
        page="""
!m 易取资料站 · 管理制度频道
!m 位置：易取首页 » 管理制度 » 酒店餐饮
!t 酒店餐饮部醒酒器使用与清洗管理规定.doc
!m 文件类型：.doc　｜　所需点数：1点　｜　添加于 昨天
!a ▼ 点击进入下载页面
{T}
{BODY}
!a 本资料共3页，下载后可查看完整排版
!l 你可能还需要：酒水部管理制度 ｜ 餐具破损赔偿办法 ｜ 吧台卫生管理规定
!d 资料来源于网友上传，易取资料站仅作收录，如侵犯您的权益请来函告知
!m 易取资料站　www.yiquzl.com　站长信箱：webmaster@yiquzl.com
""",
        indent="",
        pages=dict(fmt="〝第{n}页〞", every=110, start=2),
        body="""
第一条　为规范餐饮部醒酒器的使用、清洗和保管，减少破损，保证酒水服务品质，制定本规定。
第二条　本规定所称醒酒器，包括玻璃醒酒器、水晶醒酒器及配套的瓶塞、清洁刷、晾干架。
第三条　醒酒器由吧台统一保管，服务员领用时须在领用登记本上签字，用毕当班归还。
第四条　醒酒器清洗须使用温水和专用清洁珠，严禁使用洗洁精、钢丝球，严禁放入洗碗机。清洗后倒置于晾干架上自然晾干。
第五条　水晶醒酒器须单独清洗、单独存放，搬运时双手托底，一次只能拿一只。
第六条　醒酒器因操作不当破损的，由当事人按采购价的百分之五十赔偿；因质量问题破损的，由吧台登记后报采购部处理。
第七条　本规定由餐饮部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="pan-share-plan-tentlamp-festival-pdf",
        site="叠云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.dieyunwp.com/s/7hGq2WvXc",
        title="第二届溉水露营节帐篷灯租赁与回收工作方案",
        record_title="第二届溉水露营节帐篷灯租赁与回收工作方案.pdf",
        date="2024-09-05",
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; decimal headings; scan-to-rent sentences; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>第二届溉水露营节帐篷灯租赁与回收工作方案.pdf - 叠云网盘</title>
<script src="https://pan.dieyunwp.com/static/preview.min.js"></script>
</head>
<body>
<div class="yz-top">⟦m 叠云网盘⟧ ⟦m 文件分享⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费领1T空间⟧</a></div>
<div class="yz-file">
<div class="yz-name">⟦t 第二届溉水露营节帐篷灯租赁与回收工作方案.pdf⟧</div>
<div class="yz-meta">⟦m 分享者：gaishui_yingdi　分享于 7 天前　有效期：永久　大小 412KB⟧</div>
<div class="yz-btn">⟦a 转存至我的叠云⟧ ⟦a 普通下载⟧ ⟦a SVIP极速下载 ⚡⟧</div>
</div>
<div class="yz-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yz-vip">⟦a 当前下载速度 128KB/s，开通SVIP立享满速⟧</div>
<div class="yz-report">⟦d 如发现分享文件含违法违规内容，请点击举报，叠云网盘将依法处理⟧</div>
<div class="yz-ft">⟦m © 2024 叠云网盘 京ICP备22031187号-2⟧</div>
</body>
</html>
""",
        body="""
为做好第二届溉水露营节期间帐篷灯租赁服务，方便游客夜间照明，减少明火使用，制定本方案。
1.租赁安排
1.1 租赁点设在营地东西两个入口服务站，每个服务站储备帐篷灯300盏。
1.2 游客扫描服务站二维码登记后即可租灯，每盏押金50元、租金10元/晚，可用手机支付。
2.充电和检查
2.1 服务站设集中充电柜，游客可免费换取满电的帐篷灯。
2.2 每盏灯出租前由工作人员点亮检查，外壳破损、电池鼓包的一律停用。
3.回收和清点
3.1 游客离营时到服务站归还，工作人员当场检查、退还押金。
3.2 每晚22时由值班组长清点库存，填写《帐篷灯租还日报表》。
4.安全保障
营地全域禁止明火照明，巡逻队每两小时巡查一次，发现问题及时处置。
溉口镇文化旅游服务中心
2024年9月5日
""",
    ),
    dict(
        slug="pan-share-report-rack-supervisor-wps",
        site="随享云盘 (invented)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.suixiangyun.cn/f/Pq83kL",
        title="门店陈列主管2024年度述职报告",
        record_title="门店陈列主管2024年度述职报告.wps",
        date="2024-12-27",
        notes="file-name record title; cloud-drive page in text with save and VIP prompts; a 述职报告 with a table of rack repairs; 成文日期 under the signature",
        page="""
!m 随享云盘　·　分享文件
!t 门店陈列主管2024年度述职报告.wps
!m 来自：阿福运营部　　分享时间：前天 15:02　　过期时间：30天后
!a 【转存】　【下载】　【用WPS打开】
!a 非会员单文件下载限速，开通超级会员享高速通道
{T}
{BODY}
!a 文件预览结束，如需编辑请下载原文件
!d 随享云盘仅提供存储服务，文件内容由分享者负责
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
各位领导、同事：
2024年，我在公司运营部担任门店陈列主管，负责全市42家门店的商品陈列和展示架维护。现将一年来的履职情况报告如下。
一、抓好展示架维护，守住安全底线
我坚持“每店每月一检、发现问题三日内修复”，全年巡检门店504店次，发现问题展示架213组，全部按期修复，全年未发生展示架倒塌、商品砸落等事故。主要情况如下：
问题类型　数量　处理方式
层板变形　86组　更换层板
立柱松动　71组　紧固螺栓、加装防倾斜拉片
挂钩脱落　39组　更换挂钩
漆面锈蚀　17组　打磨补漆
二、优化陈列，提升门店销售
牵头制定《门店陈列标准手册》，对饮料、零食、日用品三个区域的展示架层高和陈列方式作了统一规定，试点门店的单店日均销售额提高了6%。
三、存在的不足和明年打算
部分门店超重摆放饮料、米面等重货，层板变形反复发生，说明我对店员的培训还不够。明年我将为每组展示架张贴承重标识，并推动把展示架安全检查纳入店长月度考核。
述职人：孙晓蕾
2024年12月27日
""",
    ),
    dict(
        slug="xiezuo-app-host-script-decanter-tasting",
        site="妙笔生花APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.miaobiapp.cn/share/article?id=a77109352",
        title="秋季葡萄酒品鉴会主持词",
        record_title="秋季葡萄酒品鉴会主持词（含醒酒环节串词）· 妙笔生花",
        date=None,
        notes="writing-app H5 share: an open-app mask, a fold and AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>秋季葡萄酒品鉴会主持词（含醒酒环节串词）· 妙笔生花</title>
<script src="https://h5.miaobiapp.cn/js/openapp.js"></script>
</head>
<body>
<div class="mb-mask">⟦a 在妙笔生花APP内打开，阅读体验更佳⟧ <a>⟦a 立即打开⟧</a></div>
<div class="mb-head">⟦m 妙笔生花 · 写作好帮手⟧</div>
<div class="mb-art">
<h1>{T}</h1>
<div class="mb-info">⟦m 作者：笔下有酒　｜　活动主持　｜　1.8万人已读⟧</div>
<div class="mb-ai">⟦a ✦AI帮我改写⟧ ⟦a ✦AI续写结尾⟧</div>
<div class="mb-text">
{BODY}
</div>
<div class="mb-fold">⟦a 展开全文 ∨⟧</div>
</div>
<div class="mb-rec">
<p>⟦l 你可能还想写：⟧</p>
<p>⟦l 酒庄开业庆典主持词⟧</p>
<p>⟦l 年终客户答谢宴主持稿⟧</p>
</div>
<div class="mb-bottom">⟦a 下载妙笔生花，海量范文一键生成⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位来宾，女士们、先生们：
晚上好！欢迎大家来到秋季葡萄酒品鉴会。秋天是收获的季节，也是品酒的好时节。今晚，我们为大家准备了六款来自不同产区的葡萄酒，希望大家在杯盏之间，度过一个愉快的夜晚。
在正式品鉴之前，有一个重要的环节——醒酒。请看，侍酒师正把刚刚开启的红酒缓缓倒入醒酒器。酒液沿着瓶壁流下，在宽大的瓶底铺开，与空气充分接触，沉睡在瓶中的果香和花香将慢慢苏醒。
接下来的二十分钟，请大家一边欣赏醒酒器中酒色的变化，一边听我们的侍酒师为大家讲讲这几款酒的故事。
好酒需要等待，美好的相聚也值得珍惜。现在，让我们举起酒杯，为丰收、为友谊，干杯！
今晚的品鉴会到此结束，感谢各位的光临，祝大家晚安！
""",
    ),
    dict(
        slug="xiezuo-app-insight-eggslicer-oneline",
        site="写得快APP (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.xiedekuai.com/s/8Xr2Tn",
        title="食堂帮厨一周心得体会",
        record_title="食堂帮厨一周心得体会（新入职版）- 写得快",
        date=None,
        notes="writing-app share page in text with the whole body on one line, paragraphs separated only by their indent; AI buttons, a fold and an app prompt; no date",
        page="""
!m 写得快 · 3秒生成一篇范文
!t 食堂帮厨一周心得体会（新入职版）- 写得快
!m 作者：新手小厨　　阅读 9620　　收藏 312
!a 一键复制　　AI润色　　导出Word
{BODY}
!a 打开APP查看更多范文 ＞
!l 热门心得：实习期工作心得 ｜ 食品安全培训心得 ｜ 新员工入职感悟
!m 写得快　客服邮箱：help@xiedekuai.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
按照公司安排，新入职员工要到职工食堂帮厨一周。一周下来，我对“吃饭”这件小事有了新的认识。
第一天，我被安排切鸡蛋。几百个煮鸡蛋，刚开始我用刀一个个切，慢不说，切出来还厚薄不匀。食堂师傅递给我一个切蛋器，鸡蛋往上一放、压杆一按，就切成了整整齐齐的薄片。师傅说，厨房里的每一样小工具，都是为了又快又好。
第三天，我学着压蒜泥、洗菜、分餐，才知道一顿饭背后有那么多道工序，每一道都马虎不得。
一周的帮厨让我明白，岗位没有大小，用心做好每一件小事，就是对工作最好的态度。
""",
    ),
]
