"""holdout203, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-scanner-business-jammer",
        site="上岸驿站论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-230517-1-1.html",
        title="小小扫码枪，映照营商环境大文章",
        record_title="〔大作文练习〕小小扫码枪，映照营商环境大文章（第3篇，请大家指正） - 申论天地 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts in the post, a reply-to-see prompt, a rating row and a QQ-group ad; "
        "'4 天前' is no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔大作文练习〕小小扫码枪，映照营商环境大文章（第3篇，请大家指正） - 申论天地 - 上岸驿站论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧　⟦m 陪你走完备考的每一天⟧</div>
<div id="pt">⟦m 上岸驿站 › 笔试交流 › 申论天地⟧</div>
<h1><span class="tag">⟦m 〔大作文练习〕⟧</span> <span id="thread_subject">{T}</span> ⟦t （第3篇，请大家指正）⟧</h1>
<div class="pls">⟦m 逐梦2026　｜　帖子 88　｜　积分 512⟧</div>
<div class="authi">⟦m 发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 4　学分 +6　｜　立意不错，论证再充实些⟧</div>
<div class="qqun">⟦w 申论批改互助群：QQ群 783310264（备注上岸驿站）⟧</div>
<div class="pgs">⟦l 下一主题：〔大作文练习〕第4篇 数字乡村⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz!　苏ICP备21044120号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在鲮江的农贸市场里，一把连着电子秤的扫码枪，让买菜结账快了一倍。小小的扫码枪，映照的是营商环境这篇大文章。
营商环境好不好，要看市场主体方便不方便。过去，小商户收款要自己贴码、自己对账，月底常常算不清；如今扫码枪连上收银系统，流水自动生成，商户省了心，顾客省了时。
营商环境好不好，要看服务是否有温度。推广扫码支付，不能把不会用手机的老人挡在门外，现金收款要保留，窗口帮办要跟上。
营商环境好不好，还要看治理是否跟得上。数据多了，安全责任也重了，支付信息要守得住，乱收费要管得住。
以小见大，以“码”为媒，把每一件小事办好，营商环境就会越来越好。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-rain-gauge-damaged-junk",
        site="考公人家论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongrenjia.net/forum/t-60288.html",
        title="汛期将至，村里的雨量计被人为损坏，你作为镇应急办工作人员怎么处理？",
        record_title="【结构化·应急应变】汛期将至，村里的雨量计被人为损坏，你作为镇应急办工作人员怎么处理？（附答题思路） - 面试交流 - 考公人家论坛",
        date=None,
        notes="exam forum text: a question as the title, the poster's answer with junk lines and junk glued after "
        "sentences; a coins prompt and replies; '3 小时前' is no date",
        page="""
!m 考公人家论坛 › 面试交流 › 结构化真题
!t 【结构化·应急应变】汛期将至，村里的雨量计被人为损坏，你作为镇应急办工作人员怎么处理？（附答题思路）
!m 楼主：面试必过　　3 小时前　　阅读 772　回复 19
!m 我的作答如下，欢迎考友点评：
{BODY}
!a 打赏楼主 2 考币　｜　收藏本帖
!l 沙发　鲲鹏志：第二点可以再具体一点，比如先临时安排人工观测
!l 板凳　上岸吧少年：思路清楚，赞一个
!a 登录后参与讨论
""",
        junk=dict(lines=2, glued=2),
        body="""
雨量计是山洪预警的“眼睛”，汛期前被人为损坏，必须马上处置，确保预警不断档。
第一，立即补位。我会第一时间向领导报告，同时协调村干部临时安排专人用雨量筒人工观测，每小时报一次雨量，保证数据不断。
第二，尽快修复。联系县水利局和设备运维单位，说明损坏情况，请他们派人抢修或更换备用雨量计，力争两天内恢复运行。
第三，查明原因。配合派出所调查损坏原因，如果是群众不了解设备用途误损，以教育为主；如果是故意破坏，依法处理。
第四，举一反三。对全镇其他雨量站开展一次排查，在站点旁设置保护标识，请村里的网格员日常照看。
""",
    ),
    dict(
        slug="wiki-zhiyuan-tipping-bucket-gauge-infobox",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuanbk.com/item/翻斗式雨量计/58213",
        title="翻斗式雨量计",
        record_title="翻斗式雨量计_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box and reference markers glued "
        "after sentences; the entry name opens the body (the repeated <h1> is matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>翻斗式雨量计_知源百科</title>
</head>
<body>
<div class="top">⟦m 知源百科⟧ ⟦m 求知有源 · 人人可编⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="polysemy">⟦m 气象观测仪器⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：翻斗式雨量计⟧</td></tr>
<tr><td>⟦m 类　别：降水观测仪器⟧</td></tr>
<tr><td>⟦m 分辨力：0.1毫米或0.2毫米⟧</td></tr>
</table>
<div class="catalog">⟦l 目录 1 结构 2 工作原理 3 误差与维护⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 地面气象观测规范汇编. 气象出版社⟧</p></div>
<div class="foot">⟦m 词条统计：浏览 33,502 次　编辑 14 次⟧<br>⟦d 知源百科内容由网友共同编辑，仅供参考⟧</div>
</body>
</html>
""",
        body="""
翻斗式雨量计是一种自动测量降水量的仪器，广泛用于气象站、水文站和山洪监测站点。
它主要由承雨器、漏斗、翻斗、干簧管和底座组成。承雨口的内径一般为200毫米。⟦l [1]⟧
雨水经承雨器和漏斗流入翻斗，当一侧斗室的雨水达到规定量时，翻斗翻转倒空，另一侧斗室开始承水。翻斗每翻转一次，干簧管就输出一个电信号，记录仪根据信号数换算出降雨量。
在暴雨强度很大时，翻斗来不及翻转会造成偏小误差，因此需要定期校准；承雨口被落叶、泥沙堵塞也会影响测量，应经常清理。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-boshi-shredder-entry-text",
        site="博识百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.boshibaike.net/wiki/碎纸机",
        title="碎纸机",
        record_title="碎纸机【办公设备】- 博识百科",
        date=None,
        notes="encyclopaedia text: a one-word entry name shown with a bracketed category, an edit line, a "
        "contents box, a 'recently edited' stamp (no date), tags and a contributors line",
        page="""
!m 博识百科 · 开放的知识库
!t 碎纸机【办公设备】
!a [编辑本词条]　[收藏]　[纠错]
!m 最近编辑：昨天 17:06　　浏览：21,874
!l 目录：1 历史　2 分类　3 使用注意
{BODY}
!l 分类标签：办公设备　保密　电器
!m 本条目由 纸屑飞扬、档案员老宋 等 9 位用户编辑
""",
        body="""
碎纸机是把纸张切成细条或碎粒的办公设备，常用于销毁文件，防止信息泄露。
早期的碎纸机由手摇刀辊构成，后来发展为电动碎纸机。按粉碎效果分，有条状、段状、粒状和沫状几类，颗粒越小，保密程度越高。
我国对用于涉密文件的碎纸机有专门的保密技术要求，机关单位销毁涉密纸介质时，应使用符合相应保密等级的碎纸机。
使用碎纸机时，应按标定张数投纸，不要粉碎带金属订书钉的纸张；连续工作时间过长时应停机散热，清理纸屑前必须切断电源。
""",
    ),
    dict(
        slug="netdisk-jingpan-pool-rules-wps-html-markers",
        site="鲸盘 (invented, cloud drive share)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.jingpan.example.com/s/1xQ7rTbmKp",
        title="鲞桥县全民健身中心游泳馆救生器材管理制度",
        record_title="鲞桥县全民健身中心游泳馆救生器材管理制度.wps",
        date=None,
        notes="cloud-drive preview: file-name title, ⯁ n ⯁ page-marker paragraphs cut two articles, VIP and save "
        "prompts, a share stamp and a link-expiry line (no dates); 第N条 articles, an effective clause without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲸盘 - 文件预览</title>
</head>
<body>
<div class="pan-top">⟦m 鲸盘⟧ ⟦m 装得下，找得到⟧ <a>⟦a 登录⟧</a></div>
<div class="share-info">
<p class="fname">⟦t 鲞桥县全民健身中心游泳馆救生器材管理制度.wps⟧</p>
<p>⟦m 分享者：鲞桥健身中心办公室　｜　分享于 5 天前　｜　18.6KB⟧</p>
<p>⟦m 链接有效期：永久有效⟧</p>
<p><button>⟦a 保存到我的鲸盘⟧</button> <button>⟦a 下载（需开通超级会员）⟧</button></p>
</div>
<div class="preview-body">
{BODY}
</div>
<div class="preview-end">⟦a 在线预览仅显示前 2 页，保存后可查看全部⟧</div>
<div class="pan-foot">⟦d 鲸盘仅提供存储服务，分享内容由用户上传，请遵守法律法规⟧</div>
</body>
</html>
""",
        p_html='<p class="wps-para">{}</p>',
        pages=dict(fmt="⯁ {n} ⯁", every=100, start=2),
        body="""
第一条 为加强游泳馆救生器材管理，保障游泳者人身安全，制定本制度。
第二条 游泳馆配备救生圈16个、救生杆6根、救生浮板20块，池岸每侧均匀放置，救生圈须系有不少于15米的救生绳。
第三条 救生器材由当班救生员负责管理。每日开馆前检查救生圈有无破损、漏气，救生绳有无霉变断股，并在检查表上签字。
第四条 救生圈只用于救援，任何人不得挪作他用，不得借给游泳者玩耍。
第五条 救生器材损坏或丢失的，救生员应当日报告馆长，三日内补齐。
第六条 本制度自公布之日起执行。
""",
    ),
    dict(
        slug="netdisk-yunhe-canteen-scanner-plan-docx",
        site="云盒网盘 (invented, cloud drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://yunhe.example.cn/share/init?surl=ZK83mq",
        title="职工食堂更换扫码收费终端实施方案",
        record_title="职工食堂更换扫码收费终端实施方案.docx",
        date="2025-08-12",
        notes="cloud-drive text preview: file-name title, a share stamp and an expiry line (no dates), a save prompt; "
        "a numbered schedule; 扫码 as content; 成文日期 under the signature",
        page="""
!m 云盒网盘 | 文件分享
{T}
!m 分享人：后勤科小刘　　分享时间：昨天 10:12　　有效期：7天
!a 【保存到云盒】【普通下载】【举报】
{BODY}
!a 预览结束。登录云盒，体验更快的下载速度
!d 云盒网盘提醒：请勿分享违法违规内容
""",
        indent="\u3000\u3000",
        body="""
为方便职工就餐，提高食堂结算效率，经研究，决定将职工食堂现有刷卡机更换为扫码收费终端。现制定实施方案如下。
一、更换内容：食堂一楼6个售饭窗口各安装扫码枪1把、收费终端1台，职工可使用工作证二维码或手机付款码结算。
二、时间安排：
1. 8月18日至22日，安装调试设备；
2. 8月25日至29日，新旧系统并行试运行；
3. 9月1日起，停用刷卡机，原饭卡余额自动转入职工电子账户。
三、责任分工：后勤科负责设备采购和安装，信息中心负责系统对接和数据迁移，工会负责宣传引导。
鲮江市交通运输集团后勤科
2025年8月12日
""",
    ),
    dict(
        slug="cache-soujing-ferry-buoys-snapshot-frame",
        site="搜径快照 (invented, search cache frame)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.soujing.example.com/c?u=http%3A%2F%2Fwww.lekang.gov.cn%2Fgg%2F1187.html",
        title="关于渡口救生圈配备检查情况的公告",
        record_title="关于渡口救生圈配备检查情况的公告 - 鳓港镇人民政府（搜径快照）",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="search-cache frame: a capture banner with the crawl time (no date), highlighted keywords, the original "
        "page's chrome; a ferry table one row a paragraph; the town's own phone beside its portal's hotline; record date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>关于渡口救生圈配备检查情况的公告 - 鳓港镇人民政府（搜径快照）</title>
</head>
<body>
<div class="cache-banner" style="background:#ffd">
<p>⟦d 这是搜径对 http://www.lekang.gov.cn/gg/1187.html 的缓存，保存于 2025-07-30 03:14:52，当前页面可能已经更新⟧</p>
<p>⟦m 已为您突出显示这些搜索词：<b style="background:#ff6">救生圈</b> <b style="background:#6ff">渡口</b>⟧</p>
<p><a href="http://www.lekang.gov.cn/gg/1187.html">⟦a 前往原网页⟧</a></p>
</div>
<hr>
<div class="orig-head">⟦m 鳓港镇人民政府⟧　⟦m 首页 › 通知公告⟧</div>
<h2>{T}</h2>
<div class="orig-info">⟦m 发布时间：2025-07-08　信息来源：镇交通安全管理站⟧</div>
<div class="orig-body">
{BODY}
</div>
<div class="orig-foot">⟦m 鳓港镇人民政府　便民服务热线：0756-6712345⟧</div>
</body>
</html>
""",
        body="""
为保障汛期群众渡运安全，镇交通安全管理站于7月上旬对全镇4个渡口的救生圈等救生设备进行了检查。现将检查情况公告如下：
渡口　渡船　救生圈　检查结果
上蛏田渡口　2艘　8个　合格
蚬湾渡口　1艘　4个　合格
鳓港老码头　2艘　6个　缺2个，已限期补齐
石坝渡口　1艘　4个　合格
请各渡口严格落实“一船一证一员”和救生设备随船配备要求，严禁超载、严禁冒雨冒风航行。群众发现渡船救生圈缺失的，可拨打镇交通安全管理站电话0756-6711092举报。
鳓港镇交通安全管理站
2025年7月8日
""",
    ),
    dict(
        slug="cache-kuaicha-supermarket-till-upgrade-text",
        site="快查文字缓存 (invented, text-only search cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="https://kuaicha.example.net/textcache?id=7f3e0c19a2",
        title="关于收银系统升级暂停营业两小时的公告",
        date="2025-11-03",
        notes="text-only cache: record title as is; the cache header with a capture time (no date), a highlighted "
        "terms line and the original shop site's lines; 成文日期 under the signature",
        page="""
!d 【快查文字缓存】本页为网页的纯文字版本，抓取于 2025-11-06 02:40，内容以原网页为准
!m 高亮词：收银　升级
!a 查看原网页　|　查看图片版
!m 鲷湾鑫联超市 · 门店公告
{T}
{BODY}
!m 门店地址：鲷湾路88号　门店电话：0756-6689022
""",
        body="""
尊敬的顾客朋友：
为配合总部收银系统升级，本店定于11月5日（星期三）6:00至8:00暂停营业，期间收银机、扫码枪及会员积分系统停止使用。8:00起恢复正常营业。
升级后，收银台将支持刷脸付款和电子发票开具，会员积分可在结账时直接抵扣。升级期间，门店自助存包柜和停车缴费不受影响。
因系统升级给您带来的不便，敬请谅解。
鲷湾鑫联超市
2025年11月3日
""",
    ),
    dict(
        slug="print-baixi-bulletin-rain-station-patrol-window-print",
        site="鲌溪县防汛抗旱指挥部办公室 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://fx.baixi.gov.cn/print.jsp?id=20250722-09",
        title="关于汛期雨量站巡查情况的通报",
        record_title="打印预览▸关于汛期雨量站巡查情况的通报",
        date="2025-07-22",
        notes="print view: a print/close toolbar, window.print() on load, the printed-at stamp (no date) and a print "
        "footer ⍜ 1／1 ⍜ closing the page; a table one row a paragraph; 印发 line; 成文日期 under the signature",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>打印预览▸关于汛期雨量站巡查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖶 立即打印⟧　⟦a ✕ 关闭本页⟧</div>
<div class="p-head">⟦m 鲌溪县防汛抗旱指挥部办公室⟧</div>
<h2 align="center">{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-stamp">⟦m 打印时间：2025-07-29 09:47　打印人：值班室⟧</div>
<div class="p-foot">⟦p ⍜ 1／1 ⍜⟧</div>
</body>
</html>
""",
        body="""
各乡镇防汛办：
7月15日至20日，县防办对全县112处自动雨量站开展了汛期巡查。现将有关情况通报如下：
巡查结果　站数
运行正常　103
承雨口堵塞　5
翻斗卡滞　2
数据不上传　2
对发现问题的9处站点，县水利局已组织运维单位全部修复。鲌口镇、蚬塘镇站点管护员坚持每周巡检，站点运行良好，予以通报表扬；个别乡镇管护员长期未到站点巡查，请限期整改。
鲌溪县防汛抗旱指挥部办公室
2025年7月22日
鲌溪县防汛抗旱指挥部办公室　2025年7月22日印发
""",
    ),
    dict(
        slug="print-xinlian-till-cash-rules-print-footer",
        site="鑫联超市连锁 门店制度打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.xinlian-mart.local/zhidu/print?id=118",
        title="收银台现金及收银机管理规定",
        record_title="〘打印〙收银台现金及收银机管理规定（门店张贴版）",
        date=None,
        notes="print view text: a print header, 第N条 articles that speak of 打印 as content, the printed-by stamp (no "
        "date) and a print footer 第1页 ⎚ 共1页; an effective clause without a date",
        page="""
!a 〘打印〙　〘返回〙
!m 鑫联超市连锁有限公司　制度汇编
!t 〘打印〙收银台现金及收银机管理规定（门店张贴版）
{BODY}
!m 打印人：鲷湾店 店长　　打印于：今天 08:31
!p 第1页 ⎚ 共1页
""",
        body="""
第一条 收银员上岗前须当面清点备用金，并在交接本上签字。
第二条 收银机只能由本人登录使用，离开收银台须锁屏，不得把工号借给他人。
第三条 每笔交易须按实际金额收款，扫码枪扫码失败的，应重新扫码或改用其他方式，不得手工修改金额。
第四条 交班时打印日结单，现金与日结单金额不符的，由当班收银员写明原因，报值班店长核实。
第五条 收银机、扫码枪出现故障，立即报告值班店长，不得私自拆修。
第六条 本规定自发布之日起执行。
""",
    ),
    dict(
        slug="mail-baixi-archives-letter-shredder-quote-attachbar",
        site="鲌溪县政务邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.baixi.gov.cn/read?mid=ZL0512-7730&folder=INBOX",
        title="关于商请提供碎纸机维保服务报价的函",
        record_title="转发：关于商请提供碎纸机维保服务报价的函",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="webmail reading view: the forwarder's header lines (发件人/收件人/抄送/时间), an attachment bar beside the "
        "letter's own 附件 list, reply/forward buttons; the letter's 成文日期 differs from the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲌溪县政务邮箱 - 读信</title>
</head>
<body>
<div class="mail-top">⟦m 鲌溪县政务邮箱⟧　⟦m 综合股 韦佳⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-bar"><button>⟦a 回复⟧</button> <button>⟦a 全部回复⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 删除⟧</button></div>
<div class="mail-head">
<h3>⟦t 转发：⟧{T}</h3>
<p>⟦m 发件人：县档案馆办公室 &lt;dag_bgs@baixi.gov.cn&gt;⟧</p>
<p>⟦m 收件人：鲮江华信办公设备服务部 &lt;huaxin_fw@example.com&gt;⟧</p>
<p>⟦m 抄　送：综合股 韦佳⟧</p>
<p>⟦m 时　间：2025年5月12日（星期一）上午10:05⟧</p>
</div>
<div class="mail-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
{BODY}
</div>
<div class="attach-bar"><p>⟦a 附件（2 个）⟧</p>
<p>⟦a 碎纸机设备清单.xlsx　12.4K　下载 ｜ 预览⟧</p>
<p>⟦a 维保服务要求.docx　20.1K　下载 ｜ 预览⟧</p></div>
<div class="mail-foot">⟦d 政务邮箱严禁传输涉密信息⟧</div>
</body>
</html>
""",
        body="""
鲮江华信办公设备服务部：
我馆现有碎纸机9台，其中保密碎纸机4台，使用年限均在五年以上，近期多次出现卡纸、过热停机等故障。为保障档案销毁工作正常开展，拟委托专业单位提供一年期维保服务，现商请贵部提供报价。
请于5月20日前将报价单盖章后扫描发送至本邮箱，报价应包含上门维修、刀组更换、年度保养等费用。
附件：1. 碎纸机设备清单
2. 维保服务要求
联系人：胡静蕾，电话：0793-6826015。
鲌溪县档案馆
2025年5月9日
""",
    ),
    dict(
        slug="mail-fwd-bank-scanner-firmware-notice-docx",
        site="鑫联超市企业邮箱 (invented, a forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:stores@xinlian-mart.local?msg=20251119-0032",
        title="关于商户收银扫码设备固件升级的通知",
        record_title="Fwd: 关于商户收银扫码设备固件升级的通知.docx",
        date="2025-11-18",
        date_also=["2025-11-19"],
        notes="a forwarded mail as text: the forwarder's note, forwarded headers with a mail 抄送 line, the document's "
        "own 抄送 line stays; 下载 as content; the forward date and the 成文日期 differ; a mail signature and disclaimer",
        page="""
!m 发件人：鑫联超市运营管理部 <yunying@xinlian-mart.local>
!m 收件人：各门店店长
!m 日期：2025年11月19日 星期三 09:12
!t 主题：Fwd: 关于商户收银扫码设备固件升级的通知.docx
!m 各位店长：转发银行通知，请按时完成升级。——运营部 冯琳
!m ---------- Forwarded message ----------
!m From: 鲮江农商银行鳟川支行 <scyw@example-bank.cn>
!m Cc: 鲮江农商银行鳟川支行运营管理部
{BODY}
!m 冯琳　运营管理部　分机 8231
!d 本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人。
""",
        body="""
各签约商户：
为提升收款安全，我行将于11月25日至30日对商户在用的收银扫码设备统一进行固件升级。现将有关事项通知如下：
一、升级范围：我行布放的所有扫码枪、扫码盒子及智能收银终端。
二、升级方式：设备联网状态下自动升级，每台约需10分钟，升级期间暂停收款。请商户避开营业高峰，在22:00后保持设备通电联网。
三、自有收银机的商户，请登录我行商户服务平台下载对接程序更新包，并按说明安装。
如有问题，请联系客户经理或拨打我行商户服务专线0756-2296600。
鲮江农商银行鳟川支行
2025年11月18日
抄送：各网点运营主管。
""",
    ),
]
