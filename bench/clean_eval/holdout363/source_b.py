"""holdout363, part B: blogs, WeChat mirrors, document sharing, education portals, intranets.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-shengjie-carabiner-lock-types",
        site="绳结手记 · 阿梢的攀登博客 (invented, Typecho-like)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://ashao-climb.blog/archives/312/",
        title="丝扣锁、自动锁和无锁扣：我的登山扣选用心得",
        record_title="丝扣锁、自动锁和无锁扣：我的登山扣选用心得 ⋕ 器材唠叨 ⋕ 绳结手记",
        date="2025-04-27",
        notes="blog page: tag cloud, archive, calendar, comment form; the bracketed post time is the page's date; a 'read on' link glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>丝扣锁、自动锁和无锁扣：我的登山扣选用心得 ⋕ 器材唠叨 ⋕ 绳结手记</title>
<link rel="stylesheet" href="/usr/themes/rope/style.css">
<script src="/usr/themes/rope/highlight.min.js"></script>
</head><body>
<header><a class="brand" href="/">⟦m 绳结手记⟧</a><p class="desc">⟦m 一根绳，一把扣，一座山⟧</p>
<nav><a href="/">⟦m 博客首页⟧</a> <a href="/category/gear/">⟦m 器材唠叨⟧</a> <a href="/category/trip/">⟦m 线路记录⟧</a> <a href="/about.html">⟦m 写博的人⟧</a></nav></header>
<article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 〔2025-04-27 22:06〕 分类：器材唠叨 · 热度 1,126 · 7 条评论⟧</div>
{BODY}
<p class="tags">⟦l 标签：登山扣、主锁、攀岩入门、器材选购⟧</p>
<p class="nav-post">⟦l « 较早的文章：第一次先锋攀登的十二分钟⟧ ⟦l 较新的文章：安全带多久该换？ »⟧</p>
</article>
<section id="comments"><h3>⟦l 7 条评论⟧</h3>
<p>⟦l 岩壁上的猫：讲得很清楚，入门正好用得上⟧</p>
<form>⟦a 称呼（必填）　邮箱（不会公开）　提交评论⟧</form></section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 攀岩 徒步 绳结 保护站 器材 梢岭 雪线⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年四月 (3)　2025年三月 (5)　2025年二月 (2)⟧</p>
<h4>⟦l 日历⟧</h4><p>⟦l 一 二 三 四 五 六 日⟧</p></aside>
<footer>⟦m © 2025 绳结手记 · 由 Typecho 强力驱动 · 主题 Rope⟧</footer>
</body></html>
""",
        body="""
常有刚入门的朋友问我，登山扣到底买哪种。我玩攀岩七年，手里的扣子换过不少，今天按锁门的方式简单说说。
无锁扣最轻，开门最快，主要用在快挂上，挂绳、摘绳一只手就能完成。但它没有锁，绳子在扣子里乱拧时，锁门有被顶开的风险，所以绝不能用在保护站和下降器上。⟦l 顺手推荐：《快挂的挂法别搞反》⟧
丝扣锁是最常见的带锁扣，拧上丝扣才算锁好。它便宜、耐用，缺点是容易忘记拧，或者拧得太紧，下来时拧不开。我的习惯是拧到底再回半圈。
自动锁松手就会自己锁上，不怕忘，适合给初学者或在保护站上使用，只是价格贵一些，沾了泥沙容易卡住。
最后提醒一句，不管哪种扣子，摔过一次大冲坠或者从高处掉落过，都别再用了，换一个新的最多几十块钱。
""",
    ),
    dict(
        slug="blog-xiaowanzi-stall-diary-wrapped",
        site="丸子摊的小本子 (invented)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="http://wanzitan.blog.qianxing-blog.cn/post/20251102.html",
        title="摆摊第一年：我和那台章鱼小丸子机",
        record_title="摆摊第一年：我和那台章鱼小丸子机 ⊼ 摊主碎碎念 ⊼ 丸子摊的小本子",
        date=None,
        notes="text blog page hard-wrapped at 58 columns; only an 'updated 5 days ago' stamp, so no date; a tip-jar line between paragraphs",
        page="""
!m 丸子摊的小本子
!m ～一个夜市摊主的流水账～
!m 首页　摊主碎碎念　进货笔记　留言板
!t 摆摊第一年：我和那台章鱼小丸子机 ⊼ 摊主碎碎念 ⊼ 丸子摊的小本子
!m 更新于 5 天前　|　阅读 862　|　喜欢 64
{BODY}
!a ♡ 喜欢　　↗ 转给朋友　　☆ 收入书签
!l 上一篇：冬天出摊，面糊要不要加温水
!l 下一篇：（还没写，敬请期待）
!l 留言（3）：翻丸子那段笑死，跟我一样 / 求摊位地址 / 加油，明年开店
!m 本博客由 浅星博客 提供空间　　© 丸子摊的小本子
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
去年十月，我从电器城搬回一台二手的章鱼小丸子机，十八个孔，铸铁烤盘，花了六百块。那时我刚从工厂辞职，心里一点底也没有。
出摊的第一个星期，面糊不是太稀就是太稠，丸子翻不圆，有时候一锅下来只剩一半能卖。旁边卖烤冷面的大姐看不下去，教我先把烤盘烧透，再刷一层薄油，面糊倒满孔，等边上起了一圈硬壳再动竹签。
⟦w 想学小丸子配方的朋友，私信我的微信 wanzi_tan88，不收费⟧
慢慢地，我摸到了门道。冬天面糊要用温水调，夏天包菜丝要现切，章鱼块一次只从冰箱拿半盒。机器用完趁热擦，烤盘的孔里不能留渣，不然第二天准粘。
一年下来，那台小丸子机陪我出了两百多个夜晚。算算账，刨去摊位费和材料，比上班时多挣了一些，更重要的是，我找到了一件愿意每天做的事。
""",
    ),
    dict(
        slug="wechat-yingyang-oil-sprayer-no-title",
        site="公号存档阁 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://gzh.cundangge.com/a/weiyang-yys/2025/0903/8841.html",
        title="少油不少味：喷油壶这样用才真正控油",
        record_title=None,
        date="2025-09-03",
        notes="no title in the record: the mirror's <h1>; the account line is the date; a star prompt before the first words; 在看/阅读原文 rows, QR line, archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>纬阳营养说 - 公号存档阁</title>
<script src="/js/lazyimg.js"></script>
</head><body>
<div class="mirror-bar">⟦m 公号存档阁 · 好文章不该消失⟧ <a href="/">⟦m 回存档阁首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　纬阳营养说　2025年9月3日 07:30⟧</div>
{BODY}
<div class="tool">⟦a 阅读原文　　分享　　点赞 213　　推荐 46⟧</div>
<div class="qr">⟦a 长按下方二维码，关注纬阳营养说⟧</div>
<div class="reward">⟦a 喜欢作者就打赏一杯豆浆吧⟧</div>
</div>
<div class="arch">⟦d 本页为公号文章存档，版权归原公众号所有，如需删除请联系 del@cundangge.com⟧</div>
<div class="more"><h4>⟦l 纬阳营养说 · 往期⟧</h4><p>⟦l 秋天贴秋膘，先管住油瓶⟧</p><p>⟦l 空气炸锅到底健不健康？⟧</p></div>
<div class="ft">⟦m 公号存档阁　浙ICP备23009621号-1⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.9">{}</p></section>',
        body="""
⟦a 点上方“纬阳营养说”，再点右上角设为星标⟧很多人家里都备了一只喷油壶，煎蛋、烤红薯、用空气炸锅时喷两下，觉得油少多了。可营养科医生发现，不少人用了喷油壶，每天吃的油并没有减少。
问题出在用法上。有人对着锅连按十几下，喷出的油比倒的还多；有人嫌雾不够，干脆拧开盖子直接倒。按《中国居民膳食指南》的建议，成年人每天烹调油以25克到30克为宜，喷一下大约只有零点几克，喷五六下足够煎一个鸡蛋。
正确的做法有三条：一是喷前摇匀，距锅面二十厘米左右，来回扫着喷；二是只装常温下不凝固的植物油，装到七八成满；三是每周清洗一次喷头，防止油垢堵塞。
控油不是一件工具就能解决的事，关键还在于少煎炸、多蒸煮。喷油壶只是帮手，管住手才是根本。
""",
    ),
    dict(
        slug="wechat-bowan-pet-hospital-teaser-string",
        site="微文收藏夹 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.weiwensc.net/s/8f21ac03d7.html",
        title="逗猫棒玩完别乱放！一只猫吞下半米绳子的急诊记录",
        record_title="逗猫棒玩完别乱放！一只猫吞下半米绳子的急诊记录 · 舶湾宠物医院（原文已存档）",
        date=None,
        notes="text mirror of an account article: account name line without a date, an archive stamp (6 天前) that is no date; a follow prompt between paragraphs, a like prompt glued after the last sentence",
        page="""
!m 微文收藏夹 › 宠物健康 › 舶湾宠物医院
!t 逗猫棒玩完别乱放！一只猫吞下半米绳子的急诊记录 · 舶湾宠物医院（原文已存档）
!m 原创　舶湾宠物医院　阅读 2.1万
!m 收藏于 6 天前 · 原文链接已失效
{BODY}
!a 写留言　　在看 318　　转发
!l 精选留言：我家猫也啃过绳子，吓出一身汗 / 收藏了，马上把逗猫棒锁柜子里
!d 微文收藏夹仅作个人收藏备份，文章版权归原作者，侵删。
""",
        indent="",
        gap=True,
        body="""
上周五晚上十点，一位主人抱着三岁的英短“团子”冲进急诊室。团子一整天不吃东西，吐了四次，肚子一碰就叫。
B超和X光显示，团子的小肠呈褶皱状挤在一起，这是线性异物的典型表现。手术中，医生从它的胃和小肠里取出了将近半米长的细绳，正是家里那根逗猫棒上的绳子。主人说，逗猫棒就挂在沙发扶手上，猫白天自己玩，可能把末端的羽毛连同绳子一起嚼了。
⟦a 关注舶湾宠物医院，预约体检、疫苗提醒一站办好⟧
逗猫棒本身是很好的玩具，能让猫消耗精力、减少肥胖。但它的绳子、羽毛、铃铛都是小零件，猫在没人看管时独自啃咬，很容易吞下去。
我们建议：逗猫棒只在主人陪玩时拿出来，玩完放进带门的柜子；绳子磨毛、羽毛松脱的要及时更换；一旦发现猫咪呕吐、不吃东西、嘴里挂着线头，不要自己往外拽，立即就医。⟦a 觉得有用就点个赞吧⟧
""",
    ),
    dict(
        slug="docshare-gongxiang-contract-roaster-lease-doc",
        site="共享书斋 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gxshuzhai.com/file/20250611/4471092.html",
        title="烤肠机租赁合同（范本）",
        record_title="烤肠机租赁合同（范本）.doc",
        date=None,
        notes="file-name record title; a template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; file-info box, points lock, service WeChat; upload date is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>烤肠机租赁合同（范本）.doc - 共享书斋</title>
<script src="/assets/share-reader.js"></script>
</head><body>
<div class="hd"><span class="logo">⟦m 共享书斋⟧</span><span>⟦m 你分享一页，我分享一本⟧</span><a href="/up">⟦a 我要上传⟧</a></div>
<div class="crumb">⟦m 共享书斋 › 合同协议 › 租赁合同⟧</div>
<div class="fileinfo">
<h1>{T}</h1>
<p>⟦m 文件名：烤肠机租赁合同（范本）.doc　大小：41KB　页数：3⟧</p>
<p>⟦m 分享者：柠檬不酸0611　上传于 2025-06-11　被下载 326 次⟧</p>
<p>⟦a ★★★★☆ 给这份文档打分⟧</p></div>
<div class="view">
{BODY}
</div>
<div class="lock">⟦a 签到领书斋积分，8 积分即可下载完整 Word⟧ <button>⟦a 马上下载⟧</button></div>
<div class="service">⟦w 找不到合适的合同？书斋客服微信 gxsz-kefu01 帮你代找⟧</div>
<div class="rel"><h4>⟦l 同类合同⟧</h4><ul><li>⟦l 小吃摊位转让协议（可修改）⟧</li><li>⟦l 商用电器设备租赁合同通用版⟧</li><li>⟦l 夜市摊位租赁协议书⟧</li></ul></div>
<div class="ft">⟦d 书斋文档均由网友自行上传，仅供参考借鉴，使用前请咨询专业人士。⟧ ⟦m 共享书斋 gxshuzhai.com　冀ICP备20011368号⟧</div>
</body></html>
""",
        body="""
出租方（甲方）：××××商贸有限公司
承租方（乙方）：＿＿＿＿＿＿
根据《中华人民共和国民法典》有关规定，甲乙双方经协商一致，就乙方租用甲方烤肠机一事订立本合同。
第一条 甲方向乙方出租×××型商用烤肠机＿＿台，配套防护罩＿＿个，设备出租时外观完好，通电试机正常。
第二条 租赁期限自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止。
第三条 每台烤肠机月租金为人民币＿＿元，押金为＿＿元，租金按月支付。
第四条 乙方应按说明书使用烤肠机，不得私自拆改电源线和加热管；因乙方使用不当造成设备损坏的，由乙方照价赔偿。
第五条 租赁期满，乙方应将设备清洁后归还，甲方验收无误后七日内退还押金。
第六条 本合同一式两份，双方各执一份，自双方签字之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（签字）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shaoling-pledge-retire-old-carabiners",
        site="文档漂流站 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wdpiaoliu.cn/d/5530178.html",
        title="关于及时淘汰老旧登山扣等攀登器材的倡议书",
        record_title="关于及时淘汰老旧登山扣等攀登器材的倡议书【户外安全·可下载】",
        date="2025-03-30",
        notes="sharing page: uploader line with an upload stamp, a points-lock line between paragraphs; 成文日期 under the signature",
        page="""
!m 文档漂流站 —— 让每份文档漂到需要它的人手里
!t 关于及时淘汰老旧登山扣等攀登器材的倡议书【户外安全·可下载】
!m 漂流者：山野闲人　|　入站：2025-04-08　|　格式：PDF　|　2 页
!a 《下载到本地》　《扔进收藏瓶》　《举报这份文档》
{BODY}
!a 漂流积分不够？每日签到可领 5 分
!l 同一位漂流者的其他文档：徒步线路风险等级说明 ／ 户外活动免责声明模板
!d 漂流站不对文档内容的真实性负责，引用前请自行核实。
!m 文档漂流站 wdpiaoliu.cn　　沪ICP备21033907号-2
""",
        indent="\u3000\u3000",
        body="""
各位山友：
近年来，参加攀岩、登山的朋友越来越多。但我们在活动中发现，有的山友还在使用十几年前买的登山扣，有的扣子锁门已经回弹不灵，有的从高处摔落过仍在继续使用，这些都是很大的安全隐患。为此，梢岭户外俱乐部向全体山友倡议：
一、建立个人器材档案，记下每只登山扣的购买时间和使用情况。
⟦a 全文共 2 页，剩余内容请下载查看⟧
二、每次出发前检查登山扣的锁门、丝扣和扣身，发现裂纹、变形、明显磨损的立即停用。
三、登山扣从高处坠落或承受过大冲坠后，无论外观是否完好，一律淘汰。
四、不购买来历不明、没有认证标志的登山扣，不把登山扣当作钥匙扣等日常挂件随意使用。
安全是户外运动的第一位。让我们从检查一只扣子做起，平安出发，平安回家。
梢岭户外俱乐部
二〇二五年三月三十日
""",
    ),
    dict(
        slug="edu-zhaxi-notice-canteen-oil-control",
        site="栅溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhaxi.gov.cn/xxgk/tzgg/2025/0908/1612.html",
        title="栅溪县教育局关于在中小学食堂开展“控油行动”的通知",
        record_title="栅溪县教育局关于在中小学食堂开展“控油行动”的通知 - 通知公告 - 栅溪教育",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education portal: 适老化/读屏 links, attachment download links beside the body's 附件 list, the notice's 联系人/电话/邮箱 beside the site's technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>栅溪县教育局关于在中小学食堂开展“控油行动”的通知 - 通知公告 - 栅溪教育</title>
<script src="/js/edu-common.js"></script><script src="/js/accessibility.js"></script>
</head><body>
<div class="top">⟦m 栅溪教育 · 办人民满意的教育⟧ <a>⟦a 长者大字模式⟧</a> <a>⟦a 无障碍读屏⟧</a></div>
<div class="menu">⟦m 首页 ｜ 教育要闻 ｜ 通知公告 ｜ 政策法规 ｜ 招生考试 ｜ 教育督导⟧</div>
<div class="pos">⟦m 您的位置：首页 ＞ 通知公告⟧</div>
<div class="article"><h2>{T}</h2>
<div class="info">⟦m 来源：体卫艺股　发布日期：2025-09-08　点击：734⟧</div>
{BODY}
<ul class="attach"><li><a href="/upload/2025/0908/a1.docx">⟦a 点击下载：附件1.控油行动实施要点.docx⟧</a></li><li><a href="/upload/2025/0908/a2.xlsx">⟦a 点击下载：附件2.食堂用油月报表.xlsx⟧</a></li></ul>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div></div>
<div class="side"><h3>⟦l 最新公告⟧</h3><p>⟦l 2025年秋季学期中小学校历⟧</p><p>⟦l 关于开展学生近视筛查的通知⟧</p></div>
<div class="foot">⟦m 栅溪县教育局主办　地址：栅溪县纬溪路22号⟧<br>⟦m 网站技术支持：0775-6630915（工作日）⟧<br>⟦m 滇ICP备15006217号-2⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为落实学生营养膳食有关要求，减少学校食堂烹调用油，县教育局决定自2025年秋季学期起，在全县中小学食堂开展“控油行动”。现将有关事项通知如下。
一、各学校食堂要按照每生每餐烹调油不超过10克的标准，建立用油台账，每月统计一次。
二、食堂凉拌、煎制类菜品推广使用喷油壶和带刻度的控油壶，改“倒油”为“喷油”“量油”。喷油壶由学校统一采购，应选用符合食品接触用标准的产品，每周清洗消毒。
三、各学校要在十月底前组织一次食堂从业人员培训，并通过家长会、主题班会宣传少油饮食。
四、请各学校于每月5日前报送上月用油月报表。
联系人：崛文静，电话：0775-6630417，邮箱：zxtwy@zhaxiedu.cn。
附件：1.控油行动实施要点
2.食堂用油月报表
栅溪县教育局
2025年9月5日
""",
    ),
    dict(
        slug="edu-bowan-notice-school-gate-stalls",
        site="舶湾教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bowanedu.cn/tzgg/20250303/2219.shtml",
        title="关于配合开展校园周边流动食品摊点整治的通知",
        record_title="关于配合开展校园周边流动食品摊点整治的通知〔局发文件〕舶湾教育网",
        date="2025-03-03",
        notes="text view of an education portal: the 文号 line neutral, 抄送 and 印发 lines in the body; a scan-to-read line and a print link",
        page="""
!m 舶湾教育网　　舶湾县教育局主办
!m 当前：首页 → 局发文件
!t 关于配合开展校园周边流动食品摊点整治的通知〔局发文件〕舶湾教育网
舶教办〔2025〕8号
!m 发布：2025-03-03　　来源：局办公室　　浏览：1208
!a 「大字」「标准」「打印本文」
{BODY}
!a 手机扫码，随时查看本通知
!l 相关文件：关于做好春季开学学校食品安全工作的通知
!m 舶湾县教育局　地址：舶湾县城关镇迪湖路9号　技术维护：0775-5820063
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
开学以来，部分学校门口又出现了推车售卖烤肠、炸串的流动摊点。有的摊贩把烤肠机接在电动三轮车的电瓶上，电线裸露；有的烤肠来源不明，学生放学时围着购买，既影响交通，也存在食品安全隐患。根据县食品安全委员会办公室的统一部署，现就配合整治工作通知如下。
一、各学校要在放学时段安排值班教师在校门口护导，劝导学生不购买“三无”食品。
二、发现校门口有流动摊点的，及时报告属地市场监管所和城管中队。
三、各学校要利用班会、家长群开展食品安全教育，本月内至少组织一次。
舶湾县教育局办公室
2025年3月3日
抄送：县食安办，县市场监管局，县城管执法局。
舶湾县教育局办公室　2025年3月3日印发
""",
    ),
    dict(
        slug="oa-wanxiang-minutes-takoyaki-coating",
        site="丸香电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.wanxiang-dq.local/doc/view?id=20250522-0031",
        title="关于章鱼小丸子机不粘涂层起皮问题的质量分析会纪要",
        record_title="〔质量攻关·会议〕关于章鱼小丸子机不粘涂层起皮问题的质量分析会纪要（丸香OA·公文流转）",
        date="2025-05-22",
        notes="OA document view: 流转记录, read count, mark-as-read and archive buttons; the minutes' 时间/地点/主持/参会/记录 lines and a vote count in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量攻关·会议〕关于章鱼小丸子机不粘涂层起皮问题的质量分析会纪要（丸香OA·公文流转）</title>
<script src="/oa/static/seeyon-like.js"></script>
</head><body class="oa">
<div class="oa-head">⟦m 丸香电器协同办公平台⟧ ⟦m 当前用户：质量部 镶晓婷⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办 12 ｜ 已办 ｜ 公文 ｜ 会议 ｜ 知识库⟧</div>
<div class="doc-head"><h3>{T}</h3>
<p>⟦m 拟稿：质量部　密级：内部　编号：WX-ZL-2025-037⟧</p>
<p>⟦m 阅读次数：58　最后修改：质量部 镶晓婷⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="oa-btn">⟦a 标为已阅　转发　归档　导出PDF⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 质量部 镶晓婷 起草 → 副总经理 迪海峰 审核 → 总经理办公室 分发⟧</p>
<p>⟦l 生产部、技术部、采购部、售后服务部 已签收⟧</p></div>
<div class="oa-foot">⟦d 内部资料，严禁截图外传⟧ ⟦m 信息中心运维电话：8021⟧</div>
</body></html>
""",
        body="""
时间：2025年5月22日下午2:30
地点：公司三楼第二会议室
主持：迪海峰（副总经理）
参会：生产部、技术部、质量部、采购部、售后服务部负责人及有关人员共9人
记录：镶晓婷
会议听取了质量部关于WX-18型章鱼小丸子机烤盘不粘涂层起皮问题的调查汇报。今年4月以来，售后服务部共收到涂层起皮投诉27起，集中在3月生产的两个批次。经检测，问题原因是涂层供应商更换了底涂材料，附着力达不到企业标准。会议议定以下事项：
一、上述两个批次产品暂停出货，已发往经销商的由销售部门协调召回检测。
二、采购部暂停向该供应商下单，技术部牵头对涂层附着力检验方法进行修订，每批烤盘增加划格试验。
三、售后服务部对已购用户免费更换烤盘，并做好解释工作。
会议对暂停出货事项进行了表决：同意8票，反对0票，弃权1票，事项通过。
""",
    ),
    dict(
        slug="oa-ruikou-bulletin-carabiner-spring",
        site="锐扣五金企业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.ruikou-hw.local/notice/2025/0226/112.html",
        title="关于二车间一批登山扣锁门弹簧装反的质量通报",
        record_title="【内部通报】关于二车间一批登山扣锁门弹簧装反的质量通报（各车间务必传达到人）",
        date="2025-02-26",
        notes="intranet notice as text: the repeated title glued before the addressee line; an 'acknowledge' action between paragraphs; 成文日期 under the signature",
        page="""
!m 锐扣五金 · 员工内网
!m 公告通知 > 质量通报
!t 【内部通报】关于二车间一批登山扣锁门弹簧装反的质量通报（各车间务必传达到人）
!m 发文部门：品质管理部　　阅读范围：全体员工　　已读 213 人
{BODY}
!a 〔我已阅读〕　〔下载附件〕　〔返回列表〕
!m 内网仅限公司局域网访问　IT 服务台分机 6606
""",
        indent="\u3000\u3000",
        body="""
⟦t 关于二车间一批登山扣锁门弹簧装反的质量通报⟧各部门、各车间：
2月20日，品质管理部在出货前抽检中发现，二车间2月18日组装的一批D形登山扣中，有部分锁门弹簧装反，锁门打开后不能完全回弹。经全检，该批次共4800只，不合格312只，不合格率6.5%。
经调查，原因是当班新员工未经岗位培训即上线操作，班组长首件检验流于形式，品质部巡检也未及时发现。
⟦a 请各车间主任在本通报下点击“已组织学习”⟧
为严肃质量纪律，公司决定：对二车间当班班组长通报批评，扣发当月质量奖；不合格产品全部返工，返工后百分之百做回弹测试。各车间要举一反三，新员工必须经培训考核合格后方可上岗，首件检验须由班组长和巡检员双签字。
品质管理部
2025年2月26日
""",
    ),
]
