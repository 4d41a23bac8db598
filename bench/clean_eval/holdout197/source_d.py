"""holdout197, part D: WeChat mirrors, Q&A sites, encyclopaedias, law firms and search-cache snapshots.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wxmirror-hospital-bath-mats-follow-glued-h1",
        site="公号存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.gonghaocd.com/a/sxrmyy/20241203/667105.html",
        title="老人洗澡防跌倒，铺张防滑垫就够了吗？",
        record_title=None,
        date="2024-12-03",
        notes="WeChat mirror: no title in the record (the <h1>); a follow prompt glued before the first words; "
        "account line with the posting date; 阅读原文/在看/赞赏 rows and a QR line at the bottom",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号存档馆</title>
<meta name="description" content="瑟溪县人民医院 公众号文章存档">
<script src="/assets/lazy.js"></script></head>
<body>
<div class="mirror-top">⟦m 公号存档馆 · 收录 3,200+ 个公众号的历史文章⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 瑟溪县人民医院　2024-12-03 17:30　湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="orig">⟦a 阅读原文⟧</div>
<div class="tool">⟦a 分享　收藏　在看 46　赞 103⟧</div>
<div class="reward">⟦a 喜欢作者⟧</div>
<div class="qr">⟦a 长按识别下方二维码，预约老年医学科门诊⟧</div>
</div>
<div class="mirror-rel"><h4>⟦l 该公众号其他文章⟧</h4><p>⟦l 冬季流感高发，这份就诊指南请收好⟧</p><p>⟦l 膝盖“咔咔”响，要不要紧？⟧</p></div>
<div class="mirror-foot">⟦d 本站仅对公众号公开文章做存档索引，版权归原公众号所有，如需删除请联系 gonghaocd@163.com⟧</div>
</body></html>
""",
        p_html='<p style="margin:0 8px;line-height:1.75em;"><span style="font-size:15px;">{}</span></p>',
        body="""
⟦a 点击上方蓝字“瑟溪县人民医院”关注我们⟧冬天到了，老人在家洗澡跌倒的事情又多了起来。很多子女的第一反应是：铺一张防滑垫。防滑垫确实有用，但光靠它还不够。
首先，防滑垫要选对。建议选择整块镂空、背面有密集吸盘的款式，尺寸要盖住淋浴区的全部地面，边缘不能翘起。
其次，要“垫、杆、凳”一起上。在淋浴区墙上安装扶手，准备一把带靠背的防滑洗澡凳，老人坐着洗更安全。
再次，注意水温和时间。水温不宜过高，洗澡时间控制在15分钟以内，洗完先坐一会儿再起身。
最后提醒，如果老人已经发生过跌倒，建议到医院老年医学科做一次跌倒风险评估。⟦m 来源：老年医学科　编辑：宣传科 阮佳⟧
""",
    ),
    dict(
        slug="wxmirror-street-armband-volunteers-pledge-qr",
        site="微文镜像站 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://weiwenjx.net/heming-jiedao/2024-03-04/0142.html",
        title="“红袖章”平安志愿者招募倡议书",
        record_title="“红袖章”平安志愿者招募倡议书 | 鹤鸣街道（公众号存档）",
        date="2024-03-01",
        date_also=["2024-03-04"],
        notes="WeChat mirror text: account line with a posting date that differs from the 成文日期; the "
        "pledge itself tells readers to 扫描文末二维码 (content); a 'tap to follow' line and 在看 row as chrome",
        page="""
!m 微文镜像站 ＞ 鹤鸣街道 ＞ 2024年3月
{T}
!m 原创　鹤鸣街道　2024-03-04 08:00
!a 轻触上方蓝字，关注“鹤鸣街道”
{BODY}
!a ▲长按识别二维码　报名做志愿者
!a 点个“在看”，让更多邻居看到
!m 鹤鸣街道　微信号：heming_jd
!d 镜像内容来自公开推送，如需删除请来信说明。
""",
        body="""
亲爱的居民朋友们：
平安是幸福生活的基础，也需要每一个人的守护。为进一步壮大群防群治力量，鹤鸣街道现面向辖区居民招募“红袖章”平安志愿者，诚邀您加入。
一、招募对象：年满18周岁、身体健康、热心公益的辖区居民，退休党员、楼栋长优先。
二、服务内容：佩戴红袖章参与楼栋巡查、文明劝导、邻里守望和大型活动秩序维护，每月服务不少于4小时。
三、报名方式：扫描文末二维码填写报名表，或到所在社区党群服务中心现场报名。
邻里守望，你我同行。期待在巷口、在楼道、在小区里看到您戴着红袖章的身影！
鹤鸣街道平安建设办公室
2024年3月1日
""",
    ),
    dict(
        slug="wenda-qa-highlighters-exam-room-question-title",
        site="问知问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiwd.com/q/4417203",
        title="参加考试能带荧光笔进考场吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record (the question); the question's supplement line left neutral; an "
        "adopted-answer badge, vote row and 'more answers' around the answer, which tells readers to 打印 the "
        "admission ticket (content); relative answer time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问知问答 - 有问题，就问知</title></head>
<body>
<div class="wz-head">⟦m 问知问答⟧　⟦a 我要提问⟧　⟦a 登录⟧</div>
<div class="wz-crumb">⟦m 问知 › 教育 › 考试⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-desc">下个月要考教师资格证，平时复习习惯用荧光笔画重点，不知道考场让不让带。</p>
<p class="q-meta">⟦m 提问者：周***　｜　浏览 3,871 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 答主：考务老兵　|　教育领域优质答主　|　回答于 2 个月前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦a 有用 512　没用 6　评论 23⟧</div>
</div>
<div class="more">⟦l 其他 7 条回答 &gt;⟧</div>
<div class="more">⟦l 网友1：我考的时候被监考老师收走了，考完才还⟧</div>
<div class="sim"><h4>⟦l 相关问题⟧</h4><p>⟦l 考试可以带修正带吗？⟧</p><p>⟦l 准考证丢了怎么办？⟧</p></div>
<div class="wz-foot">⟦d 回答内容仅代表答主个人观点，具体以各考试主管部门公布的规定为准。⟧　⟦m © 2024 问知问答⟧</div>
</body></html>
""",
        body="""
要看是什么考试，不能一概而论。
一、高考、中考等国家教育考试：一般只允许携带黑色字迹签字笔、2B铅笔、橡皮、直尺等，荧光笔不在允许范围内，带进去会被要求放到考场外的物品存放处。
二、公务员、事业单位考试：以准考证上的考生须知为准，大多数也不允许携带荧光笔，部分考试甚至要求只用考点发放的草稿纸。
三、学校期中期末考试：各校规定不同，可以提前问班主任。
建议考前认真打印并阅读准考证背面的注意事项，实在拿不准的，宁可不带。
""",
    ),
    dict(
        slug="wenwen-linli-qa-mat-stains-tiles",
        site="问问邻里 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenwenlinli.com/question/206688.html",
        title="防滑垫背面的颗粒把地砖染黄了怎么办？",
        record_title="防滑垫背面的颗粒把地砖染黄了怎么办？ - 问问邻里",
        date=None,
        notes="Q&A text: answerer line with votes, an 'expand' action glued to the end of a paragraph, 'more "
        "answers' and a related list; the answer is not signed; relative time (no date)",
        page="""
!m 问问邻里 › 家居生活 › 清洁收纳
{T}
!m 2 个回答　·　被浏览 1,906 次
!m 最佳回答　来自 家政阿姨老吴　· 昨天
{BODY}
!a 👍 赞同 88　　💬 评论 4　　⭐ 收藏
!l 查看全部 2 个回答
!l 相关问题：浴室地垫发霉怎么清洗？｜ 吸盘防滑垫吸不住怎么办？
!m 问问邻里 wenwenlinli.com
""",
        body="""
这种情况很常见，是防滑垫背面的PVC颗粒里的增塑剂和色素在潮湿环境下迁移到地砖上造成的。
处理方法：先把防滑垫拿走，用牙膏或小苏打兑少量水，用旧牙刷顺着黄印刷洗；仿古砖、哑光砖可以用专用的瓷砖清洁剂，刷完用清水冲净。⟦a 展开全文∨⟧
如果是白色釉面砖，用稀释的84消毒液敷十分钟效果更好，但要开窗通风，别和洁厕剂混用。
以后怎么预防：一是选背面是吸盘而不是颗粒的款式；二是每周把防滑垫掀起来晾干；三是别买气味很大的便宜货。
以上是我家试过有效的办法，供参考。
""",
    ),
    dict(
        slug="qibaike-entry-needle-nose-pliers-infobox",
        site="器百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.qibaike.cn/item/尖嘴钳/20931",
        title="尖嘴钳",
        record_title="尖嘴钳_器百科",
        date=None,
        notes="encyclopaedia entry with infobox, contents box and edit/discuss/history tabs; the one-word entry "
        "name is also the first words of the body (title and infobox labels matched as head); section "
        "headings in the body; last-edit stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>尖嘴钳_器百科</title>
<script>window.ITEM={id:20931};</script></head>
<body>
<div class="bk-top">⟦m 器百科 · 万物有来历⟧　⟦a 登录 | 创建词条⟧</div>
<div class="bk-tabs">⟦a 编辑　讨论　历史版本　收藏⟧</div>
<div class="bk-main">
<h1>{T}</h1>
<div class="bk-stat">⟦m 浏览 12,480 次　｜　编辑 9 次　｜　最近更新：小木匠⟧</div>
<div class="bk-info">⟦m 中文名　尖嘴钳⟧<br>⟦m 别名　修口钳、尖头钳⟧<br>⟦m 类别　手动工具 · 钳类⟧<br>⟦m 常见长度　5寸、6寸、8寸⟧</div>
<div class="bk-toc">⟦l 目录　1 结构　2 用途　3 使用注意⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料：[1] 《常用手动工具手册》　[2] 器百科五金分类⟧</div>
<div class="bk-rel">⟦l 相关词条：斜口钳　钢丝钳　剥线钳　卡簧钳⟧</div>
</div>
<div class="bk-foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关从业人员。⟧<br>⟦m ©2024 器百科 qibaike.cn　京ICP备23008817号⟧</div>
</body></html>
""",
        body="""
尖嘴钳是一种钳头细长、前端尖窄的手动夹持和剪切工具，又称修口钳，广泛用于电工、电子装配和仪表维修。
结构
尖嘴钳由钳头、钳轴和钳柄三部分组成。钳头细长，内侧带有齿纹，根部设有刃口，可剪断较细的金属丝；电工用尖嘴钳的钳柄套有绝缘套，常见额定耐压为500伏或1000伏。
用途
尖嘴钳适合在狭小空间内夹持小零件、弯折导线线头，也可用于剪断直径1毫米以下的铜线、铝线。
使用注意
不宜用尖嘴钳拧动螺母或夹持过硬的物体，以免钳头变形；带电作业时应检查绝缘套是否完好。
""",
    ),
    dict(
        slug="wenlan-baike-entry-marker-pens-text",
        site="文澜百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.wenlanbk.com/view/jihaobi.html",
        title="记号笔",
        record_title="记号笔（书写工具）- 文澜百科",
        date=None,
        notes="entry text: decorated record title; edit tabs and a 'this entry was reviewed' line; the entry "
        "name repeated on its own line (head); section headings; an 'edit this section' link glued to a "
        "heading; no date",
        page="""
!m 文澜百科 ＞ 生活用品 ＞ 文具
!a 编辑词条　｜　添加义项　｜　讨论
{T}
!m 记号笔（书写工具）
!m 本词条由“文澜百科·文具编辑组”审核　｜　浏览 5,302
{BODY}
!l 词条标签：文具　书写工具　办公用品
!l 同义项：马克笔（标记笔）
!d 文澜百科词条由网友协作编辑，内容仅供参考。
""",
        body="""
记号笔是一种笔头较粗、墨水不易褪色的书写工具，常用于在纸箱、塑料、金属、玻璃等表面做标记。
分类
按墨水可分为油性记号笔和水性记号笔。油性记号笔速干、耐水，可在光滑表面书写；水性记号笔气味较小，多用于白板、纸张和儿童美术。
按笔头可分为圆头、斜头和细头。斜头笔可以写出粗细两种线条，常用于标注和写标签。
使用与保管⟦a [编辑本段]⟧
油性记号笔含有有机溶剂，应在通风处使用，用后及时盖好笔帽，避免儿童吸入或误食。笔头干涩时，可将笔帽盖紧倒置存放片刻再用。
相关标准
学生使用的记号笔应符合学生用品安全通用要求，可迁移元素和溶剂残留不得超过限量。
""",
    ),
    dict(
        slug="bocheng-lawfirm-case-shop-loudhailer-noise",
        site="镈城正衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.cn/anli/2024/0716/318.html",
        title="商户高音喇叭扰民，邻居能否起诉？",
        record_title="案例速递 ▸ 商户高音喇叭扰民，邻居能否起诉？-正衡律师事务所",
        record_date="2024-07-16",
        date="2024-07-16",
        notes="law-firm site: consult float, a 400 line, a repost notice; 【案情】【审理】【律师说法】 sections; "
        "date from the record (the byline agrees)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例速递 ▸ 商户高音喇叭扰民，邻居能否起诉？-正衡律师事务所</title></head>
<body>
<div class="law-top">⟦m 正衡律师事务所　以专业守护公正⟧　⟦m 全国免费咨询：400-600-7318⟧</div>
<div class="law-nav">⟦m 首页 | 律所简介 | 专业领域 | 典型案例 | 律师团队 | 联系我们⟧</div>
<div class="law-crumb">⟦m 当前位置：首页 &gt; 典型案例 &gt; 相邻关系⟧</div>
<div class="law-art">
<h1>{T}</h1>
<p class="law-meta">⟦m 发布时间：2024-07-16　作者：阮明远 律师　点击：731⟧</p>
{BODY}
<p class="law-note">⟦d 转载请注明出处“正衡律师事务所”，本文不构成对具体案件的法律意见。⟧</p>
</div>
<div class="law-float">⟦w 遇到噪声纠纷？在线律师 3 分钟内回复，点击咨询⟧</div>
<div class="law-rel"><h4>⟦l 相关案例⟧</h4><p>⟦l 楼上装修噪声不断，业主如何维权⟧</p><p>⟦l 广场舞音响扰民的责任认定⟧</p></div>
<div class="law-foot">⟦m 地址：镈城区湘江中路238号金源大厦12楼　电话：0731-8855210⟧<br>⟦m 湘ICP备20005318号-1⟧</div>
</body></html>
""",
        body="""
【案情】阮某家住临街二楼，楼下一家手机店常年在门口挂两只高音喇叭，循环播放促销录音。阮某多次协商未果，遂诉至法院，要求停止侵害并赔偿精神损失。
【审理】法院审理认为，经委托检测，该店铺门口喇叭工作时阮某卧室噪声昼间达68分贝，超过所在区域环境噪声排放标准，已构成噪声污染，侵害了阮某的合法权益。法院判决手机店立即拆除扩音喇叭，并赔偿阮某精神损害抚慰金2000元。
⟦w 【免费咨询】相邻关系纠纷，拨打律师热线 138 7315 0926⟧
【律师说法】根据民法典和噪声污染防治法的规定，使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传属于禁止行为。遇到类似情况，居民可先保留录音录像证据，向当地综合执法部门投诉，协商不成的可依法起诉。
""",
    ),
    dict(
        slug="mingxin-lawfirm-qa-bath-mat-injury",
        site="鼙湖明信律师事务所 (invented law-firm site, text)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.mingxinlawyer.cn/wenda/2318.html",
        title="浴室防滑垫导致摔伤，商家要担责吗",
        record_title="【律师在线答】浴室防滑垫导致摔伤，商家要担责吗｜明信律所",
        date=None,
        notes="law-firm Q&A text: 问/答 paragraphs and a numbered list; a consult prompt with a mobile number "
        "between paragraphs and a firm's switchboard at the bottom; relative answer time (no date)",
        page="""
!m 明信律师事务所 · 法律问答
!t 【律师在线答】浴室防滑垫导致摔伤，商家要担责吗｜明信律所
!m 解答律师：阮思琪（执业证号 14312202310xxxxx）　　回复于 6 天前
{BODY}
!d 以上解答系律师根据提问人描述作出，仅供参考。
!l 您可能也想问：网购商品致人受伤如何索赔？｜ 产品质量鉴定费由谁出？
!m 明信律师事务所　总机：0731-8611488　地址：鼙湖县向阳路9号
""",
        body="""
问：我在网店买了一块浴室防滑垫，商品页面写着“强力吸盘、绝不打滑”。结果用了不到一周，我母亲踩上去时垫子整体滑动，摔成了腕骨骨折。请问商家要承担责任吗？
答：可以要求商家承担赔偿责任。第一，商品宣传“绝不打滑”，实际却在正常使用中滑动，产品存在缺陷，销售者和生产者应依法承担产品责任；第二，如能证明宣传内容与实际不符，还可主张虚假宣传的相关责任。
⟦w 类似问题可直接电话咨询阮律师：13807316614（微信同号）⟧
建议您：1.保存商品页面截图、订单和聊天记录；2.保留防滑垫实物，必要时申请质量鉴定；3.保存就医票据和诊断证明。
可先与商家协商，协商不成的，可向市场监管部门投诉或向法院起诉。
""",
    ),
    dict(
        slug="xunji-snapshot-school-armband-guard-posts",
        site="寻迹搜索快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunjiso.com/c?u=http%3A%2F%2Fwww.sxsyxx.cn%2Fdyc%2F0829.html&k=红袖章",
        title="关于设立“红袖章”护学岗的通知",
        record_title="关于设立“红袖章”护学岗的通知（网页快照）- 寻迹搜索",
        date="2024-08-29",
        notes="snapshot frame: capture banner with the original URL and capture time (no date), highlighted "
        "keywords line; the school's page inside with its own nav and footer; the notice's 联系人/电话 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于设立“红袖章”护学岗的通知（网页快照）- 寻迹搜索</title></head>
<body>
<div class="cache-banner">⟦m 这是寻迹搜索对 http://www.sxsyxx.cn/dyc/0829.html 的快照，抓取于 2024年9月3日 14:20。⟧<br>⟦d 快照仅为网页在抓取时的样子，当前页面可能已经变化。⟧<br>⟦a 查看原网页 ｜ 关闭快照⟧</div>
<div class="cache-kw">⟦m 以下搜索词已高亮显示：红袖章　护学岗⟧</div>
<hr>
<div class="orig">
<div class="school-top">⟦m 瑟溪县实验小学 · 德育处⟧</div>
<div class="school-nav">⟦m 学校首页　学校概况　德育园地　家校共育⟧</div>
<h2>{T}</h2>
<div class="school-meta">⟦m 发布：德育处　点击：1,118⟧</div>
{BODY}
<div class="school-foot">⟦m 瑟溪县实验小学　地址：瑟溪县文昌路15号　校办电话：0738-6620100⟧</div>
</div>
</body></html>
""",
        body="""
各班主任、各位家长：
为保障学生上下学交通安全，学校决定自9月2日起在东、西两个校门设立“红袖章”护学岗。现将有关事项通知如下：
一、上岗时间：上学日早7:20—7:50，放学时段16:30—17:10。
二、人员安排：每天由1名值周教师和4名家长志愿者上岗，统一佩戴红袖章，家长志愿者由各班轮流安排。
三、工作职责：引导学生有序进出校门，劝导家长车辆即停即走，发现可疑人员及时报告学校保卫处。
请各班主任于8月31日前将本班家长志愿者名单报德育处。
联系人：阮老师　电话：0738-6620145
瑟溪县实验小学
2024年8月29日
""",
    ),
    dict(
        slug="xunji-textcache-power-supply-insulated-pliers",
        site="寻迹搜索快照 (invented text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.xunjiso.com/t?u=http%3A%2F%2Fwww.bcgdfw.com%2Faj%2F0110.html",
        title="关于更换配电班组绝缘钳的通知",
        record_title="关于更换配电班组绝缘钳的通知（文字快照版）",
        date="2025-01-10",
        notes="text-only cache: capture line and a 'view original' line at the top, the company's nav below; "
        "a highlighted-terms line; the title printed twice, the second time glued to the addressee line; "
        "成文日期 under the signature",
        page="""
!m 寻迹搜索 · 文字快照
!m 原网址：http://www.bcgdfw.com/aj/0110.html　　抓取时间：2025-01-15 09:02
!a 返回原网页　　查看带图片的快照
!m 高亮词：绝缘钳
!m 钹川供电服务有限公司 ｜ 首页 ｜ 安全生产 ｜ 通知公告
{T}
{T}{BODY}
!m 钹川供电服务有限公司　版权所有　技术支持：钹川网通
!d 寻迹搜索与该网页作者无关，不对其内容负责。
""",
        indent="\u3000\u3000",
        body="""
各配电运维班组：
近期安全检查发现，部分班组使用的绝缘钢丝钳、绝缘剥线钳超期未检，个别工具绝缘套有裂纹，存在严重安全隐患。为确保带电作业安全，现将有关事项通知如下：
一、1月20日前，各班组将在用绝缘钳全部送公司安监部检测，不合格的一律报废，不得继续使用。
二、公司统一采购新绝缘钳，按班组人数每人配发钢丝钳、尖嘴钳各一把，领用时签字登记。
三、今后绝缘工具每半年检测一次，检测合格的贴绿色标签，标签过期的工具严禁带电使用。
钹川供电服务有限公司安全监察部
2025年1月10日
""",
    ),
]
