"""holdout333, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-dengan-interview-bait-smell-jammer",
        site="登岸公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengangk.com/thread-90317-1-1.html",
        title="群众反映社区统一投放的灭蟑药有异味，你怎么处理？",
        record_title="〔面试题·社区岗〕群众反映社区统一投放的灭蟑药有异味，你怎么处理？（附作答思路）- 结构化面试 - 登岸公考论坛",
        date=None,
        notes="exam forum: jammer-font junk in the answer, a reply-to-see prompt, a rating row, a QQ-group ad; "
        "an interview answer with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面试题·社区岗〕群众反映社区统一投放的灭蟑药有异味，你怎么处理？（附作答思路）- 结构化面试 - 登岸公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 登岸公考论坛 · 一起上岸⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 登岸公考论坛 › 面试交流 › 结构化面试⟧</div>
<div class="plc">
<h1 class="ts">⟦m 〔面试题·社区岗〕⟧ {T}</h1>
<p class="authi">⟦m 发表于 6 天前 | 楼主：岸上见 | 查看 3021 | 回复 88⟧</p>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的评分标准需要回复才可以浏览⟧</div>
<div class="rate">⟦l 评分　参与人数 5　上岸币 +25　理由：思路清晰⟧</div>
<div class="po">⟦a 回帖　引用本楼　举报⟧</div>
</div>
<div class="ad">⟦w 社区岗面试冲刺群：QQ 6613 90287，进群领历年真题⟧</div>
<div id="ft">⟦m 登岸公考论坛 ( 陇ICP备19004477号 ) Powered by Discuz!⟧</div>
<script>jQuery(".jammer").remove();</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
这道题考查的是处理群众诉求的能力。如果我是社区工作人员，我会这样做：
第一，马上回应，稳住情绪。接到反映后，第一时间到现场查看，向群众说明投放的是有登记证的正规灭蟑药，并耐心听取意见，不推诿、不敷衍。
第二，查明原因，分类处理。联系施工单位核实药剂种类和用量，如果是投放点离住户门口太近，就调整位置；如果是个别居民对气味敏感，就上门帮助通风，必要时撤掉其家门口的药点。
第三，加强沟通，完善工作。以后投药前在业主群和公告栏提前告知，说明药剂成分和注意事项，让群众心里有数。
""",
    ),
    dict(
        slug="examforum-anbian-essay-diffuser-livelihood-junk",
        site="岸边公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.anbiangk.com/t/44170",
        title="从一台香薰机看“小家电”里的大民生",
        record_title="[习作求批] 从一台香薰机看“小家电”里的大民生（第一次发，轻喷）- 申论批改区 - 岸边公考社区",
        date=None,
        notes="exam forum as text: anti-scraping junk as lines and glued; a reply-to-see prompt, replies and a "
        "QQ-group ad; an essay with no date",
        page="""
!m 岸边公考社区 › 申论批改区
!t [习作求批] 从一台香薰机看“小家电”里的大民生（第一次发，轻喷）- 申论批改区 - 岸边公考社区
!m 楼主：小韦要上岸　　发表于 2 周前　　阅读 1510　　回复 22
{BODY}
!a 回复本帖可查看批改老师的评分
!l 2楼 批改君：立意可以，论证再加一个正面案例会更好，给个62分
!l 3楼 岸边小邹：收藏了，第三段写得好
!w 申论批改冲刺班：QQ群 7820 33196
!m 岸边公考社区 anbiangk.com
""",
        junk=dict(lines=2, glued=2),
        body="""
一台香薰机，价格不过百元，却牵动着消费者的安全感。近年来，香薰机进入千家万户，因进水短路、精油使用不当引发的安全问题也屡见报端。小家电里，藏着大民生。
守护“小家电”安全，需要企业守住质量底线。雾化片、水位开关这些小零件，关系到产品能否安全使用。企业只有把好每一道检验关，才能赢得消费者信任。
守护“小家电”安全，需要监管部门织密监管网络。对电商平台和小商品市场加大抽检力度，让不合格产品无处藏身。
守护“小家电”安全，也需要消费者提高安全意识，按说明书正确使用。
民生无小事。只有多方共同发力，才能让每一件小家电都用得放心。
""",
    ),
    dict(
        slug="wiki-zhiyuan-fly-paper-entry-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuanbk.com/item/粘蝇纸/30418",
        title="粘蝇纸",
        record_title="粘蝇纸（卫生杀虫用品）_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an 'edit this section' link glued to a heading; the entry name opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>粘蝇纸（卫生杀虫用品）_知源百科</title>
<script src="https://baike.zhiyuanbk.com/static/lemma.js"></script>
</head>
<body>
<div class="header">⟦m 知源百科 · 全民共建的知识库⟧ <input placeholder="搜词条"> <button>⟦a 进入词条⟧</button> <a href="/login">⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="polysemant">⟦m 卫生杀虫用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：粘蝇纸⟧</td><td>⟦m 外文名：fly paper⟧</td></tr>
<tr><td>⟦m 类　别：物理灭蝇器具⟧</td><td>⟦m 主要成分：松香、树脂、矿物油⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 构造　2 使用方法　3 注意事项⟧</div>
<div class="para">
{BODY}
</div>
<div class="reference"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 病媒生物防制实用手册. 卫生出版社⟧</p><p>⟦l [2] 城市环境卫生管理问答⟧</p></div>
<div class="lemma-info">⟦m 词条最近更新：4 天前 · 浏览次数：9万+ · 编辑次数：17⟧</div>
</div>
<footer>⟦d 知源百科词条由网友编辑，内容仅供参考⟧　⟦m ©2025 zhiyuanbk.com⟧</footer>
</body>
</html>
""",
        body="""
粘蝇纸是一种利用黏性胶层捕捉苍蝇的物理灭蝇用品，常见于厨房、畜舍、食品店和农贸市场。⟦m [1]⟧
构造⟦a ✎编辑本节⟧
粘蝇纸一般由纸基或塑料膜基和胶层组成。胶层多以松香、树脂和矿物油调配而成，有的加入引诱剂以增强效果。常见的有平板式和卷筒式两种，卷筒式拉开后可悬挂成长条。
使用方法
使用时将粘蝇纸悬挂或平放在苍蝇经常活动的地方，如窗户附近、垃圾桶上方。粘满苍蝇后应及时更换。⟦m [2]⟧
注意事项
粘蝇纸不宜悬挂在食品和灶台正上方，也不宜放在儿童和宠物能触及的位置；沾到皮肤或头发上时，可用食用油擦拭去除。
""",
    ),
    dict(
        slug="wiki-wenzhi-remote-cover-entry-text",
        site="问知百科 (invented encyclopaedia, text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wenzhibk.com/wiki/遥控器套",
        title="遥控器套",
        record_title="遥控器套 - 问知百科，人人可编的百科",
        date=None,
        notes="an encyclopaedia entry as text: tabs, an infobox, a contents line, reference markers glued after "
        "sentences; the entry name opens the body (head); an update stamp is no date",
        page="""
!m 问知百科
!a 编辑　｜　讨论　｜　历史
!t 遥控器套
!m 名称：遥控器套　　别称：遥控器保护套　　材质：硅胶、PVC、TPU
!l 目录：1 种类　2 选购　3 清洁
{BODY}
!l 参考资料：［1］家用电器配件常识. 轻工出版社
!m 本词条最后修订于昨天　　浏览 2.7万
!d 问知百科内容由网友协作编写，仅供参考，不构成专业建议。
""",
        body="""
遥控器套是套在家用电器遥控器外面的保护套，用于防尘、防水、防摔和防止按键磨损。⟦m ［1］⟧
种类
常见的有硅胶套、透明PVC套和热缩膜套。硅胶套手感软、防摔；透明套能看清按键字迹；热缩膜套用电吹风加热后收紧，贴合度高，但只能使用一次。
选购
选购时应量好遥控器的长、宽、厚，选择尺寸匹配的产品。家有老人的，可选择按键处印有大字的款式。
清洁
硅胶套可取下用温水和中性洗涤剂清洗，晾干后再套回；透明套可用酒精棉片擦拭。
""",
    ),
    dict(
        slug="clouddrive-yunhe-acceptance-points-docx-markers",
        site="云盒网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="html",
        source="https://pan.yunhe.cc/s/1Qd7Ky2Rm#preview",
        title="驱蚊手环进货验收要点",
        record_title="驱蚊手环进货验收要点.docx",
        date=None,
        notes="file-name record title; cloud-drive preview: VIP prompts, a save-to-drive button, a share "
        "expiry line; page-marker paragraphs '☯ n ☯' between the halves of cut paragraphs; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>驱蚊手环进货验收要点.docx_免费高速下载|云盒网盘</title>
<script src="https://pan.yunhe.cc/static/preview/docx-viewer.js"></script>
</head>
<body>
<div class="share-head">
<span class="logo">⟦m 云盒网盘⟧</span>
<span class="sharer">⟦m 卉口药店小聂 分享的文件⟧</span>
<span class="expire">⟦m 失效时间：永久有效⟧</span>
</div>
<div class="file-bar">
<h2>{T}</h2>
<span>⟦m 23.6KB · 分享于 3 天前⟧</span>
<button>⟦a 保存到我的云盒⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 开通超级会员，在线预览文档不限页数⟧</div>
<div class="foot">⟦d 请勿通过云盒分享违法及侵权内容，发现请举报⟧　⟦m © 2025 云盒 yunhe.cc⟧</div>
<script>DocxViewer.render(".preview");</script>
</body>
</html>
""",
        p_html='<div class="docx-p">{}</div>',
        pages=dict(fmt="☯ {n} ☯", every=70, start=2),
        body="""
为把好驱蚊手环进货质量关，门店收货时按以下要点逐项验收：
一、查证照。供货商须提供营业执照和产品的农药登记证复印件，登记证上的产品名称、有效成分应与实物一致。
二、看标签。包装上应标明登记证号、有效成分及含量、生产企业名称和地址、生产日期、有效期和使用方法，缺一项的拒收。
三、看外观。手环应无开裂、无渗油，包装密封完好，无明显刺鼻异味。
四、留凭证。验收合格后在进货台账上登记批号和数量，随货票据保存两年以上。
""",
    ),
    dict(
        slug="clouddrive-fenpan-canteen-cockroach-plan-wps-club-markers",
        site="分盘 (invented cloud-drive text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fenpan.net/share/k9x2ma",
        title="穆塘镇中心学校食堂灭蟑工作方案",
        record_title="穆塘镇中心学校食堂灭蟑工作方案.wps",
        date="2025-03-03",
        notes="file-name record title; a cloud-drive text preview cut by page markers '♣第n页♣' on lines of their "
        "own; 成文日期 in Chinese numerals under the signature; a share stamp is no date",
        page="""
!m 分盘 · 文件分享
!t 穆塘镇中心学校食堂灭蟑工作方案.wps
!m 分享人：穆塘后勤老崔　　大小：41KB　　分享时间：上个月
!a 保存到分盘　　下载　　举报
{BODY}
!a 预览仅显示前3页，登录分盘查看全部
!d 分盘仅提供存储服务，分享内容由用户自行负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="♣第{n}页♣", every=110, start=2),
        body="""
为切实解决学校食堂蟑螂问题，保障师生饮食安全，结合我校实际，制定本方案。
一、工作目标：3月底前食堂后厨、库房蟑螂密度明显下降，4月起每月监测无活蟑。
二、工作措施：
（一）清理环境。3月8日前，后勤处组织人员彻底清理灶台、橱柜、下水道口的油污和食物残渣，封堵墙面和管道周边的缝隙。
（二）科学投药。委托有资质的防制公司在周末投放灭蟑胶饵和毒饵盒，投药点避开食品加工台面和餐具存放处，投药后填写记录。
（三）定期监测。每月第一周用粘蟑纸监测一次，发现蟑迹及时补投。
三、工作要求：食堂员工要养成收工清洁的习惯，发现问题及时报告后勤处。
穆塘镇中心学校
二〇二五年三月三日
""",
    ),
    dict(
        slug="snapshot-tajiso-jiling-diffuser-consumer-tips",
        site="踏迹搜索快照 (invented snapshot frame)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.tajiso.com/c?m=8d21f0a7&u=http%3A%2F%2Fscjgj.jiling.gov.cn%2Fxfts%2F20251211.html",
        title="关于安全选购使用香薰机的消费提示",
        record_title="关于安全选购使用香薰机的消费提示 - 姬岭县市场监督管理局（踏迹快照）",
        date="2025-12-10",
        notes="snapshot frame: a capture banner, highlighted search terms, the original site's chrome inside; a "
        "numbered list; 成文日期 under the signature; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于安全选购使用香薰机的消费提示 - 姬岭县市场监督管理局（踏迹快照）</title>
</head>
<body>
<div class="snap-banner" style="background:#fffbe6;border:1px solid #e5d9a8">
<p>⟦m 您看到的是踏迹为页面保存的副本，抓取于 12 天前⟧</p>
<p>⟦m 原网页可能已更新，<a href="http://scjgj.jiling.gov.cn/xfts/20251211.html">点此访问最新页面</a>⟧</p>
<p>⟦m 已为您标出这些检索词：<b style="background:#ff6">香薰机</b> <b style="background:#9ff">消费提示</b>⟧</p>
</div>
<div class="orig">
<div class="o-head">⟦m 姬岭县市场监督管理局⟧</div>
<div class="o-nav">⟦m 首页 | 政务公开 | 消费维权 | 质量安全⟧</div>
<div class="o-loc">⟦m 当前位置：首页 &gt; 消费维权 &gt; 消费提示⟧</div>
<h2>{T}</h2>
<p class="o-info">⟦m 发布时间：2025-12-11　来源：消保科⟧</p>
<div class="o-body">
{BODY}
</div>
<p class="o-foot">⟦m 投诉举报请拨打 12315⟧　⟦m 姬岭县市场监督管理局 主办⟧</p>
<script src="http://scjgj.jiling.gov.cn/js/visit.js"></script>
</div>
<script>/* snapshot frame */ document.title = document.title;</script>
</body>
</html>
""",
        date_also=["2025-12-11"],
        body="""
冬季是香薰机销售旺季。为帮助消费者安全选购和使用，县市场监管局提示如下：
1.选购时看清产品是否有3C认证标志，查看产品说明书和警示标识是否齐全。
2.使用时放在平稳、远离床铺和窗帘的地方，不要边加水边通电。
3.精油应按说明书稀释后少量添加，孕妇、婴幼儿和哮喘患者的房间慎用。
4.长时间不用或外出时，应拔掉电源插头。
如发现香薰机存在质量问题，可拨打12315投诉举报。
姬岭县市场监督管理局
2025年12月10日
""",
    ),
    dict(
        slug="snapshot-yichuan-hotel-disposable-remote-covers-record",
        site="颐川宾馆 (invented, text-only search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.jiande.cn/text?u=www.ycbinguan.com/news/2025/1020.html",
        title="关于客房遥控器统一加装一次性防护套的通知",
        record_date="2025-10-20",
        date="2025-10-20",
        notes="title and date from the record; a text-only cache: the capture notice, the hotel's own chrome; "
        "a list of measures; the signature with no date",
        page="""
!m 【纯文本快照】检得已保存此页 · 保存于 2 天前 · 图片与样式已略去
!m 原始地址：www.ycbinguan.com/news/2025/1020.html
!m 颐川宾馆 — 首页 / 宾馆动态 / 客房服务
{T}
{BODY}
!m 预订电话：0934-6610888　　地址：颐川县颐和路18号
!m 检得快照与原网页无关，内容以原网页为准
""",
        indent="\u3000\u3000",
        body="""
客房部各班组：
遥控器是客房中接触最频繁、最难彻底消毒的物品之一，不少宾客对此有顾虑。经研究，自11月1日起，全部客房的电视和空调遥控器统一加装一次性透明防护套。
一、防护套每次退房后由服务员更换，旧套随布草一同收走，不得重复使用。
二、更换时检查遥控器电池和按键，有故障的报工程部维修。
三、防护套由客房部按月领用，各楼层库房保持不少于三天的用量。
请各班组于10月底前完成员工培训。
颐川宾馆客房部
""",
    ),
    dict(
        slug="print-qingyang-bulletin-market-fly-checks-footer",
        site="卿阳县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.qingyang-x.gov.cn/tzgg/20250726_print.html",
        title="关于全县农贸市场防蝇设施检查情况的通报",
        record_title="打印预览 ⇢ 关于全县农贸市场防蝇设施检查情况的通报（清样）",
        date="2025-07-25",
        notes="a print view calling window.print(): a print/close bar, the site's name and URL at the top, a check "
        "table one row a paragraph, 抄送 line; a print footer '♡ 第1页 ♡ 共1页 ♡' closes it; 成文日期 under "
        "the signature; the print stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印预览 ⇢ 关于全县农贸市场防蝇设施检查情况的通报（清样）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔开始打印〕⟧ ⟦a 〔关闭预览〕⟧</div>
<div class="pr-head">⟦m 卿阳县市场监督管理局　scjg.qingyang-x.gov.cn⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-stamp">⟦m 打印时间：刚刚⟧</div>
<div class="pr-foot">⟦p ♡ 第1页 ♡ 共1页 ♡⟧</div>
</body>
</html>
""",
        body="""
各市场监管所：
7月中旬，县局对全县14个农贸市场防蝇设施配置情况进行了检查，现将有关情况通报如下。
市场　熟食摊位防蝇罩　粘蝇纸悬挂　结果
殷桥农贸市场　齐全　规范　合格
莉坪农贸市场　缺3处　未及时更换　整改
卿阳城东市场　齐全　悬挂在摊位正上方　整改
检查发现，部分市场粘蝇纸粘满后长期不换，个别摊位把粘蝇纸挂在熟食正上方，存在污染食品的风险。请各所督促责任市场于8月5日前整改到位。
卿阳县市场监督管理局
2025年7月25日
抄送：县爱卫办。
""",
    ),
    dict(
        slug="print-yijing-plan-mosquito-bands-decimal-footer",
        site="舜河区政务网 (invented, text print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.shunhe.gov.cn/jdsq/yj/20250613.html?print=1",
        title="颐景社区夏季防蚊灭蚊工作方案",
        record_title="〖打印稿·本页〗颐景社区夏季防蚊灭蚊工作方案 - 舜河区政务网",
        date="2025-06-12",
        notes="a text print view: the print header with the URL, decimal headings 1.1–3.1, a sentence on scanning "
        "a code to 领取 bands; a print footer '♠ 第 1 页（共 1 页）♠' closes it; 成文日期 under the signature",
        page="""
!m 舜河区政务网 · 打印版
!m 本页地址：http://www.shunhe.gov.cn/jdsq/yj/20250613.html
{T}
{BODY}
!a [ 送打印机 ]　[ 退出打印 ]
!p ♠ 第 1 页（共 1 页）♠
""",
        body="""
1 工作目标
1.1 7月至9月，社区成蚊密度明显下降，辖区无登革热本地病例。
2 主要措施
2.1 清积水。每周五组织志愿者清理小区花盆托盘、废旧轮胎和地下车库积水。
2.2 发手环。为辖区70岁以上老人和3至12岁儿童免费发放驱蚊手环各一个，居民可扫社区服务码预约领取。
2.3 喷药消杀。每月由专业公司对绿化带、垃圾房开展一次灭蚊喷洒，喷洒前一天在业主群通知。
3 保障措施
3.1 社区安排专人负责，所需经费从社区公益金中列支。
舜河区颐景社区居民委员会
2025年6月12日
""",
    ),
    dict(
        slug="mail-ycbinguan-letter-remote-covers-attachment-bar",
        site="宾馆企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ycbinguan.com/read?mid=ZM1010-5581",
        title="关于订制客房遥控器防护套的函",
        record_title="Fwd: 关于订制客房遥控器防护套的函.docx",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar; the letter's own "
        "附件 list and 抄送 line beside the mail header's 抄送; contact in the body; 成文日期 expected, the "
        "mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于订制客房遥控器防护套的函.docx - 宾馆企业邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 宾馆企业邮箱⟧ ⟦m caigou@ycbinguan.com⟧ <a href="/logout">⟦a 退出⟧</a></div>
<div class="wm-left"><a>⟦m 收件箱(12)⟧</a> <a>⟦m 已发送⟧</a> <a>⟦m 草稿箱⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="wm-read">
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<h3 class="subject">⟦t Fwd: 关于订制客房遥控器防护套的函.docx⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：客房部 卓晓雯 &lt;kefang@ycbinguan.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：舜丰塑胶业务部 &lt;sales@shunfeng-sj.com&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：采购部 &lt;caigou@ycbinguan.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年10月10日（周五）09:41⟧</td></tr>
</table>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
<h4>{T}</h4>
{BODY}
</div>
<div class="wm-attach">⟦a 📎 附件 2 个（共 1.6MB）：订制规格表.xlsx　样品照片.zip　全部下载⟧</div>
</div>
<div class="wm-foot">⟦d 本邮件及附件含保密信息，如误收请立即删除⟧</div>
</body>
</html>
""",
        body="""
舜丰塑胶制品有限公司：
我宾馆拟为全部186间客房的电视、空调遥控器订制硅胶防护套，现将有关需求函告如下：
一、数量：电视遥控器套200只，空调遥控器套200只，颜色统一为米白色，套面印“颐川宾馆”字样。
二、要求：材质为食品级硅胶，可耐受75%酒精反复擦拭，尺寸以附件规格表为准。
三、交货：请于11月15日前交货，并随货提供检测报告。
请贵公司于10月20日前回复报价。联系人：卓晓雯，电话：0934-6610812。
附件：1.订制规格表
2.样品照片
颐川宾馆
2025年10月9日
抄送：宾馆采购部
""",
    ),
    dict(
        slug="mail-forward-diffuser-lease-contract-template",
        site="单位邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="合同范本",
        kind="other",
        form="text",
        source="mail://fenhu-hotel/inbox/20251103-22",
        title="香薰机租赁合同（范本）",
        record_title="转发：香薰机租赁合同（范本）",
        date=None,
        notes="a forwarded mail as text: forward header with relative time, a mail-client footer; a contract "
        "template with 第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; no date",
        page="""
!m 发件人：前台 邹敏 <qiantai@huikouhotel.cn>
!m 发送时间：上周四 15:22
!m 收件人：总经理 郝振东
!m 主题：转发：香薰机租赁合同（范本）
!m ------------------ 原始邮件 ------------------
!m 郝总，这是香薰机公司发来的合同范本，请您过目。
{T}
{BODY}
!m 此邮件由 卉口酒店邮箱系统 发送
!a 回复　|　转发　|　打印这封邮件
""",
        body="""
甲方（出租方）：××香氛科技有限公司
乙方（承租方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方出租商用香薰机＿＿台，型号为××，放置于乙方大堂、电梯厅等公共区域。
第二条　租期自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止，每台每月租金××元。
第三条　甲方每月上门更换精油一次，负责设备的维护保养；因设备故障影响使用的，甲方应在48小时内修复。
第四条　乙方应妥善使用设备，不得自行拆卸；因乙方原因造成设备损坏的，由乙方承担维修费用。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
]
