"""holdout257, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-shangan-answer-slippers-organise-html",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-301744-1-1.html",
        title="社区要给高龄老人发放防滑拖鞋，你怎么组织？",
        record_title="〔组织管理题〕社区要给高龄老人发放防滑拖鞋，你怎么组织？（练手，求点评）- 面试交流 - 上岸驿站",
        date=None,
        notes="exam forum thread: a reply-to-see prompt, a QQ-group ad, a rating row and a signature; an interview "
        "answer in four steps; '发表于 6 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔组织管理题〕社区要给高龄老人发放防滑拖鞋，你怎么组织？（练手，求点评）- 面试交流 - 上岸驿站</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="sa-top">⟦m 上岸驿站 · 考公考编互助社区⟧　<a>⟦a 登录⟧</a>　<a>⟦a 免费注册⟧</a></div>
<div class="sa-nav">⟦m 首页　申论交流　面试交流　行测题库　上岸经验　备考资料⟧</div>
<div class="sa-ad">⟦w 面试抱团练习群：QQ 716602938（备注“驿站”）⟧</div>
<div class="sa-pos">⟦m 上岸驿站 › 面试交流 › 组织管理⟧</div>
<div class="sa-thread">
<h1>⟦t 〔组织管理题〕社区要给高龄老人发放防滑拖鞋，你怎么组织？（练手，求点评）⟧</h1>
<div class="sa-author">⟦m 楼主：备考第二年的小柚　发表于 6 天前　浏览 1,902⟧</div>
<div class="sa-post">
{BODY}
</div>
<div class="sa-rate">⟦l 评分人数 3　驿站币 +6　理由：思路清晰⟧</div>
<div class="sa-sign">⟦m 签名档：今年一定上岸！⟧</div>
<div class="sa-hide">⟦a 本帖隐藏的参考答案需回复后才能查看⟧</div>
</div>
<div class="sa-reply">⟦l 沙发　岸上的鱼：第三步分类发放很加分⟧</div>
<div class="sa-reply">⟦l 板凳　行测140：回访那块可以再具体点⟧</div>
<div class="sa-foot">⟦m 上岸驿站 shanganyizhan.com　豫ICP备20014526号⟧</div>
</body>
</html>
""",
        body="""
这是一道组织管理题，我按“摸底、准备、发放、回访”四步来答。
第一步，摸清底数。联系社区网格员，逐户核实辖区八十岁以上老人的名单、住址和鞋码，特别关注独居、失能老人，形成发放台账。
第二步，做好准备。根据台账采购防滑拖鞋，重点看鞋底的防滑纹路和材质；同时准备一份居家防滑小贴士，字要大、话要白。
第三步，分类发放。行动方便的老人，请他们到社区服务站领取，顺便测个血压；行动不便的，由志愿者上门送达，现场帮老人试穿，并检查卫生间有没有铺防滑垫。
第四步，跟踪回访。一个月后电话回访，了解拖鞋合不合脚、好不好用，对磨损的及时更换，把这项工作做成长效机制。
以上是我的思路，请各位坛友批评指正。
""",
    ),
    dict(
        slug="examforum-tonglu-essay-washing-powder-junk",
        site="公考同路人论坛 (invented exam forum), text",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.gktonglu.com/forum/shenlun/t-55031.html",
        title="从一袋洗衣粉看绿色消费",
        record_title="【大作文】从一袋洗衣粉看绿色消费（第三次练笔，求批改）- 申论专区 - 公考同路人论坛",
        date=None,
        notes="exam forum as text with junk lines and junk glued after sentences; a 申论 essay; '3 天前' is no date",
        page="""
!m 公考同路人论坛　一个人走得快，一群人走得远
!m 论坛首页 → 申论专区 → 大作文练笔
!t 【大作文】从一袋洗衣粉看绿色消费（第三次练笔，求批改）
!m 作者：晨读的阿禾　　3 天前　　查看 688　回复 12
{BODY}
!l 1楼 批改君：立意准确，第二段论据可以再充实。
!l 2楼 阿禾：谢谢老师，我再改改！
!a 登录后可下载楼主的Word原稿
!m 公考同路人论坛　gktonglu.com
""",
        junk=dict(lines=1, glued=2),
        body="""
一袋洗衣粉，家家户户都用，看似与“绿色发展”离得很远，其实不然。
上世纪八九十年代，含磷洗衣粉曾大量使用，生活污水排入河湖，造成水体富营养化，一些湖泊蓝藻频发。后来，多地出台禁磷规定，企业改进配方，无磷洗衣粉逐渐成为主流，湖水慢慢变清。这说明，日常消费品的小改变，能汇聚成生态环境的大改善。
推动绿色消费，需要多方合力。企业要在配方、包装上下功夫，减少对环境的影响；政府要完善标准、加强监管，让绿色产品有市场、有竞争力；消费者要树立节约意识，按量使用，不贪便宜买“三无”产品。
从一袋洗衣粉做起，从每一次按量投放做起，绿色生活就在我们身边。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-bath-mitt-infobox-h1",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu-wiki.com/item/搓澡巾/30217",
        title="搓澡巾",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no title in the record (the <h1>, which also opens the body: matched as head); "
        "edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, an 'edit this "
        "section' link glued to a section heading; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知物百科 - 身边物件的百科全书</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="zw-top">⟦m 知物百科⟧　<form><input><button>⟦a 进入词条⟧</button></form>　<a>⟦a 创建词条⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="zw-tabs">⟦a 词条　讨论　历史版本　编辑⟧</div>
<div class="zw-entry">
<h1>{T}</h1>
<div class="zw-infobox">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 搓澡巾⟧</dd><dt>⟦m 别　名⟧</dt><dd>⟦m 搓澡手套、澡巾⟧</dd><dt>⟦m 类　别⟧</dt><dd>⟦m 洗浴用品⟧</dd></dl>
</div>
<div class="zw-toc">⟦l 目录　1 形制与材料　2 使用方法　3 注意事项⟧</div>
<div class="zw-body">
{BODY}
</div>
<div class="zw-ref">⟦l 参考资料　[1] 洗浴用品常识手册　[2] 公共浴室卫生规范解读⟧</div>
<div class="zw-stat">⟦m 词条浏览 18,245 次　编辑 14 次　最近更新 4 个月前⟧</div>
</div>
<div class="zw-foot">⟦d 词条内容由网友协作编写，仅供参考，不构成医疗建议。⟧<br>⟦m © 2025 知物百科 zhiwu-wiki.com⟧</div>
</body>
</html>
""",
        body="""
搓澡巾是洗浴时用来搓除皮肤表面污垢和角质的用品，又称搓澡手套、澡巾，在我国北方地区使用较为普遍。⟦m [1]⟧
形制与材料⟦a ✎改写本段⟧
常见的搓澡巾多为手套式或长条式，材料有粘胶纤维、涤纶、纯棉和丝瓜络等。其中粘胶纤维制成的搓澡巾表面有细密的褶皱，摩擦力较大，是浴池中最常见的一种。
使用方法
使用时先用热水浸泡或淋浴，使皮肤角质软化，再将搓澡巾套在手上，顺着一个方向适度用力擦搓。用后应清洗晾干，定期更换。
注意事项
皮肤敏感者、老年人和婴幼儿不宜用力搓澡。搓澡巾应个人专用，不宜共用，以免传播皮肤病。⟦m [2]⟧
""",
    ),
    dict(
        slug="wiki-haowu-entry-tooth-mug-text",
        site="好物词典 (invented encyclopaedia), text",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.haowucidian.com/entry/yagang.html",
        title="牙缸",
        record_title="牙缸 - 洗漱用具词条 - 好物词典",
        date=None,
        notes="an encyclopaedia entry as text: the entry name heads the page and opens the body (head); section "
        "heads, an edit line, a share line; decades but no date",
        page="""
!m 好物词典　|　一物一词条
!a 修订本词条　　补充义项　　加入收藏
{T}
!m 所属分类：日用品 › 洗漱用具
{BODY}
!m 本词条由“好物词典”编辑组审核　　更新于 5 个月前
!l 相关词条：漱口水　牙刷架　搪瓷杯
!a 分享词条到：微信 / 微博
""",
        body="""
牙缸，又称漱口杯、刷牙杯，是刷牙时盛放漱口水和放置牙刷的杯状用具。
历史
二十世纪中叶，搪瓷牙缸在我国城乡广泛使用，缸身常印有标语、图案或单位名称，也常作为奖品和纪念品发放。八十年代以后，塑料牙缸逐渐普及。
种类
按材质可分为搪瓷、塑料、不锈钢、陶瓷和玻璃牙缸等；按结构可分为普通直筒式、带柄式、壁挂式和带沥水底座式等。
使用与保养
牙缸用后应倒扣或挂放，保持干燥，防止缸底积水滋生细菌。塑料牙缸出现划痕、变色时宜及时更换，一般建议三至六个月更换一次。
""",
    ),
    dict(
        slug="clouddrive-yunhe-plan-bath-mitt-disinfection-pdf",
        site="云盒网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunhe-cloud.com/s/1Qm7zRfWq2",
        title="滃溪县公共浴室搓澡巾“一客一换一消毒”工作方案",
        record_title="滃溪县公共浴室搓澡巾“一客一换一消毒”工作方案.pdf",
        date="2024-07-01",
        notes="cloud-drive preview: file-name record title, share info with expiry, save/download buttons, VIP "
        "speed prompt, a preview limit; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>滃溪县公共浴室搓澡巾“一客一换一消毒”工作方案.pdf_免费高速下载|云盒网盘</title>
<script src="https://static.yunhe-cloud.com/share/preview.js"></script>
</head>
<body>
<div class="yh-head">⟦m 云盒网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yh-share">
<div class="yh-user">⟦m 滃溪卫监小助手 分享于 3 天前　有效期：永久⟧</div>
<div class="yh-file">⟦t 滃溪县公共浴室搓澡巾“一客一换一消毒”工作方案.pdf⟧　⟦m 412.6 KB⟧</div>
<div class="yh-btns"><button>⟦a 保存到我的云盒⟧</button> <button>⟦a 下载(412.6KB)⟧</button></div>
<div class="yh-vip">⟦a 开通超级会员，下载提速至满速⟧</div>
</div>
<div class="yh-preview">
{BODY}
</div>
<div class="yh-end">⟦a 文件预览仅支持前 5 页，完整内容请保存后查看⟧</div>
<div class="yh-foot">⟦d 请勿通过云盒分享违法违规内容，发现请举报⟧　⟦m © 2025 云盒网盘⟧</div>
</body>
</html>
""",
        body="""
为预防公共浴室交叉感染，保障群众洗浴卫生安全，县卫生健康局决定在全县公共浴室推行搓澡巾“一客一换一消毒”制度。现制定方案如下。
一、实施范围
全县取得卫生许可证的公共浴室、洗浴中心，共31家。
二、具体要求
（一）浴室提供搓澡服务的，每位顾客使用一条经过消毒的搓澡巾，用后立即收回，不得重复使用。
（二）回收的搓澡巾集中清洗后，采用煮沸或含氯消毒剂浸泡的方法消毒，晾干后密闭存放。
（三）浴室设立搓澡巾消毒登记本，如实记录消毒时间、方法和责任人。
三、时间安排
7月为宣传发动阶段，8月为全面实施阶段，9月县卫生监督所组织检查验收。
四、工作要求
各浴室经营者是第一责任人，要明确专人负责；县卫生监督所要加强日常监督，对不落实的依法处理。
滃溪县卫生健康局
2024年7月1日
""",
    ),
    dict(
        slug="clouddrive-pangu-points-slippers-markers-docx",
        site="盘古云分享 (invented cloud-drive share), text",
        style="网盘分享",
        genre="工作规程",
        kind="other",
        form="text",
        source="http://share.panguyun.cn/f/8n3KxT0v",
        title="客房一次性拖鞋入库验收要点",
        record_title="客房一次性拖鞋入库验收要点.docx",
        date=None,
        notes="a cloud-drive text preview cut by page markers on lines of their own; file-name record title; "
        "numbered inspection points; no date",
        page="""
!m 盘古云分享
!m 文件：客房一次性拖鞋入库验收要点.docx　　大小：22 KB
!m 分享人：溁西酒店客房部　　分享时间：昨天 15:02　　提取次数：19
!a 保存到网盘　　普通下载　　会员极速下载
!m 在线预览（文本模式）：
{BODY}
!a 预览结束，下载原文件可查看表格和图片
!d 盘古云不对用户分享的文件内容负责
""",
        pages=dict(fmt="⟎第{n}页⟎", every=110, start=2),
        body="""
一、数量核对
到货后按送货单逐箱清点，每箱应为100双，随机抽开3箱点数，短少的在送货单上注明。
二、外观检查
每批随机抽取20双，检查鞋面是否平整、有无污渍，鞋底与鞋面粘合是否牢固，有无开胶、破洞。
三、尺寸检查
用卷尺测量鞋长，男款不小于28厘米，女款不小于26厘米，误差不超过0.5厘米。
四、防滑检查
鞋底须有防滑颗粒或纹路，将拖鞋放在湿瓷砖上用手推动，明显打滑的判为不合格。
五、标识检查
包装袋上应标明生产企业、地址、材质和生产日期，缺项的拒收。
六、不合格处理
抽检不合格数量超过2双的，整批退货，并在供应商评价表中记录。
""",
    ),
    dict(
        slug="snapshot-soude-news-volunteers-soap-dish-frame",
        site="搜得快照 (invented search-cache frame) of 漹湖区人民政府",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.soude.com/c?u=www.yanhu.gov.cn/xwzx/sqdt/202502/t20250226_8841.html",
        title="溁西社区志愿者为独居老人更换壁挂香皂盒",
        record_title="溁西社区志愿者为独居老人更换壁挂香皂盒_漹湖区人民政府 · 搜得快照",
        date="2025-02-26",
        notes="search-cache frame: capture banner (its time is no date), a highlighted-terms line, a disclaimer; the "
        "cached portal page's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>溁西社区志愿者为独居老人更换壁挂香皂盒_漹湖区人民政府 · 搜得快照</title>
<base href="http://www.yanhu.gov.cn/xwzx/sqdt/202502/">
</head>
<body>
<div class="sd-cache" style="background:#fffbe6;border-bottom:1px solid #ddd">
<p>⟦m 您正在查看的是 搜得 保存的网页副本，抓取于 2025年3月2日 06:14⟧</p>
<p>⟦a 原网页可能已更新，点击访问最新版本⟧</p>
<p>⟦m 已为您高亮显示：香皂盒　独居老人⟧</p>
<p>⟦d 搜得与原网页作者无关，不对网页内容负责⟧</p>
</div>
<div class="page">
<div class="gov-head">⟦m 漹湖区人民政府⟧　⟦m 浰城市漹湖区⟧</div>
<div class="gov-nav">⟦m 首页　新闻中心　政务公开　办事服务　互动交流⟧</div>
<div class="gov-pos">⟦m 当前位置：首页 &gt; 新闻中心 &gt; 社区动态⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 发布时间：2025-02-26 10:30　来源：溁西街道⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 漹湖区人民政府办公室主办　浙ICP备05022190号⟧</div>
</div>
</body>
</html>
""",
        body="""
近日，溁西社区“银龄帮帮团”志愿者走进辖区独居老人家中，为他们更换壁挂式香皂盒。
“以前香皂盒放在洗脸池边上，一弯腰就得扶着台子，地上还总是滑。”家住溁西三巷的87岁老人晏桂英说。志愿者在她家洗脸池旁齐胸高的位置装了一个带沥水孔的壁挂香皂盒，老人伸手就能拿到。
此次活动共为42户独居老人更换了香皂盒，所需物品由辖区一家日用品企业捐赠。志愿者还顺带检查了老人家里的水龙头、灯泡，发现问题当场修好。
社区负责人表示，将继续摸排老人家中的“小不便”，把服务做到细处。
""",
    ),
    dict(
        slug="snapshot-textcache-tip-powder-warehouse-fire-record",
        site="搜得快照 (invented), text-only cache of 漹湖区消防救援大队",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="text",
        source="http://cache.soude.com/t?u=www.yhxf119.cn/tsgg/20241120_213.html",
        title="漹湖区消防救援大队关于加强日化产品仓储场所消防安全的提示",
        record_date="2024-11-20",
        date="2024-11-20",
        notes="record gives title and date; a text-only cache: capture line (no date), original URL, the fire "
        "brigade's 119 in the body beside the site's duty line",
        page="""
!m 【纯文本快照】以下为网页文字内容，图片与样式已省略
!m 原始网址：http://www.yhxf119.cn/tsgg/20241120_213.html
!m 快照保存于 2 天前
!m 漹湖消防　首页 > 提示公告
{T}
{BODY}
!m 大队值班电话：0736-8857119
!m 版权所有：浰城市漹湖区消防救援大队
""",
        indent="\u3000\u3000",
        body="""
近期天气干燥，仓储场所火灾风险上升。洗衣粉、洗洁精等日化产品虽然不属于易燃易爆危险品，但包装多为纸箱和塑料，堆放密集，一旦起火蔓延快、扑救难。为此，区消防救援大队提示如下：
一、洗衣粉等货物堆垛应与墙、柱、灯具保持规定距离，不得堵塞消防通道和安全出口。
二、仓库内严禁吸烟，严禁私拉乱接电线，叉车、电动搬运车不得在库内充电。
三、定期检查灭火器、消火栓等消防设施，确保完好有效。
四、仓库管理人员要会报警、会使用灭火器、会组织人员疏散。
发现火情，请立即拨打119报警。
漹湖区消防救援大队
2024年11月20日
""",
    ),
    dict(
        slug="print-licheng-bulletin-hotel-tooth-mugs-window-print",
        site="浰城市文化广电旅游局 (invented), print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wglj.licheng.gov.cn/print.jsp?id=20240926003",
        title="浰城市文化广电旅游局关于全市宾馆客房卫生专项检查情况的通报",
        record_title="打印视图 ▸ 浰城市文化广电旅游局关于全市宾馆客房卫生专项检查情况的通报",
        date="2024-09-25",
        notes="print view calling window.print(): print/close buttons, a print-time line (no date), a print footer "
        "closing the page; 抄送 line in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印视图 ▸ 浰城市文化广电旅游局关于全市宾馆客房卫生专项检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕〔关闭本窗口〕⟧</div>
<div class="pr-head">⟦m 浰城市文化广电旅游局　政务公开⟧</div>
<div class="pr-time">⟦m 打印时间：刚刚　打印人：访客⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 本文网址：http://wglj.licheng.gov.cn/zwgk/tzgg/20240926003.html⟧</div>
<div class="pr-foot">⟦p ⛝ 第1页／共1页 ⛝⟧</div>
</body>
</html>
""",
        body="""
各区县文化广电旅游局，各宾馆酒店：
9月上中旬，市文化广电旅游局会同市卫生健康委，对全市62家宾馆酒店的客房卫生情况进行了专项检查，重点检查客房牙缸、茶杯的清洗消毒。现将检查情况通报如下：
一、基本情况。大多数宾馆酒店建立了“一客一换一消毒”制度，设置了专门的消毒间。
二、存在问题。检查发现，有7家宾馆的客房牙缸未经消毒，只用毛巾擦拭后就重复摆放；有5家宾馆消毒间未配备保洁柜，消毒后的牙缸与待洗牙缸混放。
三、处理意见。对存在问题的12家宾馆，已责令限期整改，并移交卫生监督部门依法处理。
各宾馆酒店要举一反三，认真自查，切实保障住客健康。
浰城市文化广电旅游局
2024年9月25日
抄送：市卫生健康委。
""",
    ),
    dict(
        slug="print-haochuan-plan-soap-dish-dispensers-text",
        site="淏川县人民医院 (invented), print view as text",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.hcxrmyy.com/print/zwk/2024-1030.html",
        title="关于门诊公共卫生间撤除香皂盒改装皂液器的实施方案",
        record_title="〔打印友好〕关于门诊公共卫生间撤除香皂盒改装皂液器的实施方案（院内）",
        date="2024-10-30",
        notes="print view as text: print buttons, source line, a print footer closing the page; 成文日期",
        page="""
!a [ 打印 ]　[ 返回原文 ]
!m 淏川县人民医院　院务公开
{T}
!m 来源：总务科　　打印于 昨天 17:26
{BODY}
!m 原文链接：http://www.hcxrmyy.com/ywgk/zwk/2024-1030.html
!p ⬞ 共1页 · 第1页 ⬞
""",
        indent="\u3000\u3000",
        body="""
为预防交叉感染，改善门诊就医环境，经院长办公会研究，决定将门诊楼公共卫生间的香皂盒全部撤除，改装感应式皂液器。现制定方案如下。
一、改造范围：门诊楼一至五层公共卫生间共20处，撤除香皂盒46个，安装感应式皂液器46台。
二、时间安排：11月4日至11月15日，每天晚上8点以后施工，不影响白天门诊。
三、职责分工：总务科负责采购和安装，感染管理科负责验收和使用指导，保洁公司负责日常补液和清洁。
四、有关要求：皂液器每周清洁一次，补液时做好登记；撤下的香皂盒统一回收处理，不得挪作他用。
淏川县人民医院总务科
2024年10月30日
""",
    ),
    dict(
        slug="mail-yingxi-letter-custom-soap-dishes-webmail",
        site="澂光日用品有限公司企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.chengguang-home.com/read?mid=ZL0306-2241",
        title="关于定制客房香皂盒的函",
        record_title="转发：关于定制客房香皂盒的函（请采购部阅处）",
        date="2024-03-05",
        date_also=["2024-03-06"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list, the "
        "mail's 抄送 header beside the letter's own 抄送 line, the letter's 联系人/电话/邮箱; the letter's date and "
        "the send date differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于定制客房香皂盒的函（请采购部阅处） - 澂光企业邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 澂光企业邮箱⟧　⟦m 销售部 邬敏⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-tools"><button>⟦a 回复⟧</button> <button>⟦a 全部回复⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 删除⟧</button> <button>⟦a 标为未读⟧</button></div>
<div class="wm-head">
<h3>⟦t 转发：关于定制客房香皂盒的函（请采购部阅处）⟧</h3>
<p>⟦m 发件人：邬敏 &lt;wumin@chengguang-home.com&gt;⟧</p>
<p>⟦m 收件人：采购部 &lt;caigou@chengguang-home.com&gt;⟧</p>
<p>⟦m 时　间：2024年3月6日（星期三）上午10:17⟧</p>
</div>
<div class="wm-attach">⟦a 附件（2 个）：酒店标识图样.ai（1.2MB）　香皂盒尺寸示意图.pdf（286KB）　打包下载⟧</div>
<div class="wm-body">
<p>⟦m ---------- 转发邮件信息 ----------⟧</p>
<p>⟦m 发件人："邵一帆" &lt;shaoyf@yxhotel.cn&gt;⟧</p>
<p>⟦m 发送时间：2024年3月6日 9:41⟧</p>
<p>⟦m 收件人：wumin@chengguang-home.com⟧</p>
<p>⟦m 抄送人："财务部" &lt;caiwu@yxhotel.cn&gt;⟧</p>
<p>⟦m 主题：关于定制客房香皂盒的函⟧</p>
{BODY}
</div>
<div class="wm-foot">⟦m 澂光企业邮箱 · 由邮局服务提供技术支持⟧</div>
</body>
</html>
""",
        body="""
浰城市澂光日用品有限公司：
我酒店计划于今年4月对客房进行软装更新，需要定制一批印有酒店标识的香皂盒，现将有关要求函告如下：
一、数量：320个，颜色为米白色；
二、规格：长12厘米、宽8.5厘米，底部带沥水格栅，盒盖内侧印酒店标识；
三、交货时间：3月31日前送至酒店后勤库房。
请贵公司于3月12日前报送样品和报价，样品确认后签订合同。
联系人：邵一帆，电话：0736-8812077，邮箱：shaoyf@yxhotel.cn
附件：1. 酒店标识图样
2. 香皂盒尺寸示意图
溁西大酒店
2024年3月5日
抄送：酒店财务部
""",
    ),
    dict(
        slug="mail-ysez-letter-purchase-powder-fwd-docx",
        site="forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:sales@herunrihua.com#fwd-20241010",
        title="关于商洽采购洗衣粉的函",
        record_title="Fwd: 关于商洽采购洗衣粉的函.docx",
        date="2024-10-09",
        date_also=["2024-10-10"],
        notes="a forwarded mail as text: Fwd/From/Date/To headers and an attachment line, the letter's own "
        "联系人/电话/邮箱 and a request to scan and mail back; file-name record title; the letter's date and "
        "the mail date differ",
        page="""
!m -------- Forwarded Message --------
!t Subject: Fwd: 关于商洽采购洗衣粉的函.docx
!m From: 禾润日化销售部 <sales@herunrihua.com>
!m Date: Thu, 10 Oct 2024 08:52:13 +0800
!m To: 谭立群 <tanlq@herunrihua.com>
!m 附件：关于商洽采购洗衣粉的函.docx (18.6 KB)
{BODY}
!m --
!m 发自禾润日化移动邮箱
""",
        body="""
湝阳禾润日化有限公司：
我校是一所寄宿制中学，现有住校生1460名。为保障学生洗衣需要，拟采购洗衣粉一批，特致函商洽如下：
一、采购数量：3公斤装洗衣粉600袋，分两批交货，首批300袋于10月25日前送达；
二、质量要求：无磷配方，符合国家标准，生产日期不早于交货前三个月；
三、付款方式：每批货物验收合格后15个工作日内付款。
如贵公司有意合作，请于10月18日前将报价单和产品检测报告盖章后寄至我校总务处，或扫描后发送至邮箱。
联系人：滕爱华，电话：0743-6628155，邮箱：ysez_zwc@163.com
洢水县第二中学总务处
2024年10月9日
""",
    ),
]
