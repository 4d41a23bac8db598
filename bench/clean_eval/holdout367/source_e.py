"""holdout367, part E: 培训机构, 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="training-mujian-weekend-headphone-stand-class",
        site="木间手作学堂 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mujianshouzuo.com/kecheng/erjijia-2025.html",
        title="周末木作体验课：亲手做一个胡桃木耳机架",
        record_title="【周末木作课】周末木作体验课：亲手做一个胡桃木耳机架（成人班·每班10人）｜木间手作学堂",
        date=None,
        notes="training school: promo banner, franchise 400 line and a consult float next to the course's own 报名电话; 扫码 as content; "
        "numbered list; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末木作课】周末木作体验课：亲手做一个胡桃木耳机架（成人班·每班10人）｜木间手作学堂</title>
<script src="/js/swiper.min.js"></script></head><body>
<div class="promo">⟦a 老学员带新学员，两人同行第二人半价 ›⟧</div>
<header>⟦m 木间手作学堂　用双手做点慢东西⟧ <nav>⟦m 首页　课程　作品　师资　关于我们⟧</nav></header>
<div class="crumb">⟦m 首页 · 课程 · 体验课⟧</div>
<section class="course"><h1>{T}</h1>
<div class="tags">⟦m 成人　零基础　3小时　材料全包⟧</div>
<div class="desc">
{BODY}
</div></section>
<div class="join">⟦m 品牌加盟热线 400-870-5126⟧</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 木间手作学堂（燎阳店）　楞湖区梧桐巷7号⟧　⟦m 鄂ICP备23004519号⟧</footer>
</body></html>
""",
        body="""
下班后总想做点有温度的小东西？这期周末体验课，我们带你用三个小时，从一块胡桃木板开始，做出一个属于自己的耳机架。
课程安排：
1. 认识木材和工具，了解胡桃木的纹理和特性。
2. 按图纸画线、锯切，完成底座和立柱。
3. 用直榫连接底座和立柱，涂胶固定。
4. 打磨挂臂的弧度，涂两遍木蜡油。
5. 贴防滑软木垫，作品带回家。
课程时间：每周六、周日下午2:00—5:00，每班限10人，零基础可报。
课程费用：每人380元，含胡桃木料、木蜡油和工具使用费。
报名电话：0716-8833062（学堂前台）。也可以扫描门店海报上的二维码，选择场次在线报名。
""",
    ),
    dict(
        slug="training-shengyun-dubbing-diary-headphone-stands",
        site="声韵配音学堂 (invented, text page)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="http://www.shengyunpeiyin.cn/xueyuan/riji/0623.html",
        title="录音棚里的耳机架",
        record_title="棚内手记丨录音棚里的耳机架（配音进阶班第6期）- 声韵配音学堂",
        date=None,
        notes="training-school page: a trial-lesson line between paragraphs; a trainee's diary with no date; a signup prompt at the bottom",
        page="""
!m 声韵配音学堂｜让声音被听见
!m 首页 / 学员风采 / 学员日记
!t 棚内手记丨录音棚里的耳机架（配音进阶班第6期）
!m 作者：进阶班学员 程小溪　阅读 507
{T}
{BODY}
!a 想体验同款录音棚？立即预约0元试听课
!l 更多学员日记：第一次进棚，我紧张到忘词　｜　从“播音腔”到“说人话”
!m 声韵配音学堂　燎阳市楞湖区文化创意园B座4楼　咨询：0716-8812447
""",
        indent="\u3000\u3000",
        body="""
进阶班上到第三周，我终于被允许单独进录音棚了。推开隔音门，第一眼看到的不是话筒，而是墙边一排整整齐齐的耳机架，每个架子上挂着一副监听耳机，下面贴着编号。
带班的曹老师立了个规矩：进棚先从架子上取耳机，出棚前必须把耳机挂回原来的位置，线要绕三圈挂在挂钩上。有一次我录完太兴奋，顺手把耳机放在调音台上就出来了，老师让我回去重新挂好，还说了一句：“耳机是配音演员的第二双耳朵，你对它随便，它就对你随便。”
⟦a 预约试听，送声音测评一次⟧
后来我才知道，监听耳机很娇贵，头梁一压变形，左右声道的贴合就不一样，录出来的声音判断也会出偏差。那一排耳机架，其实是在保护每个人听到的“真实”。
现在，每次录完一段，我都会先把耳机挂好，再去听回放。这个小小的动作，好像也让我的心慢慢静下来了。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-reading-night",
        site="笔下生花APP (invented, writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixiashenghua.app/share/doc?id=5a91c07e",
        title="“点亮一盏灯，共读一本书”亲子阅读之夜主持词",
        record_title="“点亮一盏灯，共读一本书”亲子阅读之夜主持词（亲子阅读夜·完整串词）| 笔下生花",
        date=None,
        notes="writing-app H5 share: open-app mask, fold and AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“点亮一盏灯，共读一本书”亲子阅读之夜主持词（亲子阅读夜·完整串词）| 笔下生花</title>
<script src="https://h5.bixiashenghua.app/static/share.js"></script></head><body>
<div class="open-app">⟦a 打开笔下生花APP，海量串词免费改⟧ <button>⟦a 立即打开⟧</button></div>
<div class="doc"><h2>{T}</h2>
<p class="meta">⟦m 笔下生花 · 主持词频道　收录于“校园活动”合集　3.2万人用过⟧</p>
<div class="ai">⟦a ✨AI改写成我的版本⟧ ⟦a ✨AI续写结束语⟧</div>
<div class="doc-content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余30%内容⟧</div></div>
<div class="bottom-bar">⟦a 复制全文⟧ ⟦a 导出文档⟧ ⟦a 收藏⟧</div>
<div class="ft">⟦d 内容由创作者上传，仅供参考使用。⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位家长，
乙：亲爱的同学们，
合：大家晚上好！
甲：今晚，我们把教室的顶灯调暗，在每张课桌上点亮一盏小小的阅读灯。
乙：灯下，有爸爸妈妈的声音，有我们最喜欢的故事。欢迎来到“点亮一盏灯，共读一本书”亲子阅读之夜！
甲：首先登场的是一年级（2）班的沈语桐和她的妈妈，她们带来的绘本是《月亮的味道》。掌声有请！
乙：谢谢沈语桐一家。原来月亮的味道，就是一家人靠在一起的味道。
甲：接下来，请各个家庭关掉顶灯，只留下桌上的阅读灯，开始十五分钟的安静共读。
乙：今晚的灯会熄灭，但我们希望，每个家庭的书桌上，那盏陪伴阅读的灯一直亮着。
合：亲子阅读之夜到此结束，祝大家晚安，我们下次再会！
""",
    ),
    dict(
        slug="fanwenapp-xiewen-spring-transport-summary-oneline",
        site="写文宝APP (invented, text share page)",
        style="范文APP",
        genre="总结",
        kind="summary",
        form="text",
        source="https://share.xiewenbao.cn/t/8Hq2ZpLm",
        title="2025年春运驾驶员安全服务工作总结",
        record_title=None,
        date="2025-03-03",
        notes="no title in the record (the page's title line has it); the whole body on one line, paragraphs only separated by indents; "
        "成文日期 at the end; app download and AI prompts around it",
        page="""
!a 写文宝APP · 一键生成你的工作总结　【去下载】
{T}
!m 分享自写文宝用户「客运老宋」· 阅读 1.4万 · 被改写 362 次
{BODY}
!a 觉得不错？一键套用模板，AI帮你改成本单位内容
!a 点击复制　|　保存到我的文档
!d 本内容由用户分享，写文宝仅提供技术服务
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年春运从1月14日开始，到2月22日结束，共40天。公司客运部全体驾驶员坚守岗位，累计安全运送旅客23.6万人次，实现了春运安全“零事故”。现将工作总结如下。
一、车辆准备到位。春运前对全部86辆营运客车进行了全面检修，更换轮胎31条；统一更换了驾驶员的防滑方向盘套，解决了冬季方向盘冰冷、手汗打滑的问题，驾驶员普遍反映握感更稳。
二、安全管理严格。严格执行驾驶员连续驾驶不超过4小时、夜间22时至次日5时停运的规定，每车配备安全员，出站前逐车检查。
三、服务质量提升。在车站开设重点旅客服务窗口，为老人、孕妇、残疾旅客提供优先购票和引导乘车服务，全程无有效投诉。
仑溪县长途汽车运输有限公司客运部
2025年3月3日
""",
    ),
    dict(
        slug="gkforum-shangan-shenlun-glow-sticks-jammer",
        site="上岸驿站论坛 (invented, civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-451208-1-1.html",
        title="一根荧光棒里的城市文明",
        record_title="【申论·议论文习作】一根荧光棒里的城市文明（第3篇·欢迎挑错）- 申论版 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts in the post, reply-to-see prompt, rating row, QQ-group ad; relative times only",
        page="""
<html><head><meta charset="utf-8"><title>【申论·议论文习作】一根荧光棒里的城市文明（第3篇·欢迎挑错）- 申论版 - 上岸驿站论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 上岸驿站论坛 · 公考人的加油站⟧ ⟦a 登入/注册⟧</div>
<div id="pt">⟦m 上岸驿站 › 笔试交流 › 申论版⟧</div>
<div class="thread"><h1>⟦t 【申论·议论文习作】一根荧光棒里的城市文明（第3篇·欢迎挑错）⟧</h1>
<p class="author">⟦m 楼主 备考中的橘子　发表于 6 天前　查看 1882　回复 27⟧</p>
<div class="postmessage">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="rate">⟦l 评分　积分 +12　已有 4 人评分⟧</div>
<div class="locked">⟦a 本帖隐藏内容：老师批改意见，回复后可见⟧</div></div>
<div class="qun">⟦w 申论批改互助群 QQ 681205539，进群请备注“上岸”⟧</div>
<div id="ft">⟦m 上岸驿站论坛　Powered by Discuz!　豫ICP备20015573号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
一场演唱会散场，体育场的看台上、通道里，散落着数以万计的荧光棒。它们几个小时前还在人们手中闪烁，此刻却成了清洁工人弯腰一根根捡拾的垃圾。一根荧光棒，照见的恰是一座城市的文明刻度。
荧光棒之小，在于它几乎不值钱，用完即弃似乎理所当然。但正是这种“不值钱”，让随手丢弃显得心安理得。城市文明的难点，往往不在大事上，而在这些看起来无关紧要的细节里。
治理荧光棒垃圾，需要主办方、场馆和观众共同发力。主办方可以在入场时统一发放、散场时统一回收，把回收率纳入活动评价；场馆可以在出口设置醒目的回收箱；观众则应把“带走自己的垃圾”当作观演礼仪的一部分。
文明从来不是一句口号。当散场后的看台干干净净，那才是一场演出真正完美的谢幕。
""",
    ),
    dict(
        slug="gkforum-kaoyou-interview-window-locks-junk",
        site="考友之家 (invented, exam forum text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaoyouzhijia.net/forum/mianshi/viewthread-99172.html",
        title="社区为老旧小区统一加装窗户限位锁，部分居民反对，你怎么办",
        record_title="〔面试·群众工作题〕社区为老旧小区统一加装窗户限位锁，部分居民反对，你怎么办（答题框架仅供参考）- 面试真题拆解 - 考友之家",
        date=None,
        notes="exam forum: junk lines and glued junk in the answer; floor replies and a course ad; relative times only",
        page="""
!m 考友之家 — 面试交流
!t 〔面试·群众工作题〕社区为老旧小区统一加装窗户限位锁，部分居民反对，你怎么办（答题框架仅供参考）
!m 楼主：岸边等风来　发表于 2 天前　阅读 964
{T}
{BODY}
!l 2# 刷题狂人：第二点写得好，先分类再沟通
!l 3# 小鹿乱撞：结尾可以再升华一下
!w 面试一对一模拟，名师点评，报名微信 kyzj_ms2025
!a 回复　引用　收藏
!m 考友之家 kaoyouzhijia.net
""",
        junk=dict(lines=2, glued=3),
        body="""
这道题考查的是群众工作能力。作为社区工作人员，我会从以下几个方面入手。
首先，弄清反对的原因。我会和楼栋长一起逐户走访反对的居民，听听他们的顾虑。有的担心影响通风，有的担心火灾时逃生不便，有的觉得家里没有小孩用不上，还有的担心要自己掏钱。
其次，分类做好解释。对担心通风的，可以现场演示限位锁打开十厘米的效果；对担心逃生的，说明锁具用钥匙就能快速解开，并把钥匙放在固定位置；对家里没有小孩的，尊重其意愿，不搞一刀切；对担心费用的，讲清资金来源。
最后，以点带面推进。先为愿意安装的家庭装好，邀请反对的居民上门看效果。同时把安装情况在居民群里公开，接受大家监督。
好事要办好，关键在于把群众的顾虑放在前面。
""",
    ),
    dict(
        slug="baike-zhiyuan-glow-stick-entry",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.cn/item/荧光棒/30217",
        title="荧光棒",
        record_title="荧光棒（化学发光用品）_知源百科",
        date=None,
        notes="encyclopaedia entry: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after 。, an 'edit this section' "
        "link; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>荧光棒（化学发光用品）_知源百科</title>
<script src="/static/baike/entry.js"></script></head><body>
<div class="top">⟦m 知源百科　人人可编辑的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<div class="entry"><h1>{T}</h1>
<p class="poly">⟦m 化学发光玩具及应急照明用品⟧</p>
<table class="infobox"><tr><td>⟦m 中文名：荧光棒⟧</td></tr><tr><td>⟦m 外文名：glow stick⟧</td></tr><tr><td>⟦m 别名：冷光棒、夜光棒⟧</td></tr><tr><td>⟦m 发光原理：化学发光⟧</td></tr></table>
<div class="toc">⟦l 目录　1 原理　2 用途　3 安全⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 化学发光材料导论　[2] 儿童用品安全使用指南⟧</div>
<div class="entry-stat">⟦m 词条浏览 52,817　编辑次数 23⟧</div></div>
<div class="ft">⟦d 知源百科词条内容由网友编辑，仅供参考，不代表平台观点。⟧</div>
</body></html>
""",
        body="""
荧光棒是一种利用化学发光原理发光的塑料管状物品，通常由透明软塑料外管、内置玻璃安瓿和两种化学溶液组成，常用于演唱会、庆典、夜钓和应急照明。
原理⟦a 编辑本段⟧
荧光棒外管中装有草酸酯类化合物和荧光染料的溶液，玻璃安瓿中装有过氧化氢溶液。使用时弯折外管，玻璃安瓿破裂，两种溶液混合发生反应，释放的能量激发荧光染料发光。⟦l [1]⟧染料不同，发出的光颜色也不同。
用途
荧光棒不需要电源，不产生热量和火花，除娱乐用途外，还被用于水下作业、矿井救援和夜间疏散标识。夜钓用的荧光棒较细，可插在浮漂顶端。
安全
荧光棒内的液体对皮肤和眼睛有刺激性。使用时不宜用力咬、剪或拆开外管；液体沾到皮肤或溅入眼睛，应立即用清水冲洗。⟦l [2]⟧三岁以下儿童应在成人看护下使用。
""",
    ),
    dict(
        slug="baike-chebaike-wheel-cover-entry",
        site="车百科 (invented, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.chebaike.example.cn/citiao/fangxiangpantao.html",
        title="方向盘套",
        record_title="方向盘套 - 汽车内饰词条 - 车百科",
        date=None,
        notes="entry with its summary box and contents; the entry name opens the body (head match); a last-edited stamp and relative time "
        "are no dates",
        page="""
!m 车百科 · 懂车的百科全书
!m 首页 > 汽车内饰 > 方向盘套
{T}
!m 本词条由“车百科”认证编辑　最近更新：3 天前
!a 编辑词条　｜　添加义项　｜　收藏　｜　分享
!l 目录：1 简介 2 材质 3 选购 4 使用注意
{BODY}
!l 相关词条：方向盘　座椅套　汽车脚垫
!l 词条标签：汽车用品，内饰，安全
!d 词条内容仅供参考，如有错误欢迎纠错。
!m 车百科 chebaike.example.cn
""",
        body="""
方向盘套是套在汽车方向盘外圈上的护套，用于改善握持手感、防止打滑、保护方向盘表面，部分产品还兼有保暖或装饰作用。
材质
常见材质有真皮、超纤皮、硅胶、冰丝和毛绒等。真皮和超纤皮手感好、耐磨；硅胶防滑性强、易清洗；冰丝适合夏季使用；毛绒保暖，但较厚，容易影响握持。
选购
选购时应先测量方向盘外径，家用轿车多为37厘米至38厘米，客车和货车通常在40厘米以上。应选择内圈有防滑设计、无刺激性气味的产品。
使用注意
方向盘套应与方向盘贴合紧密，转动时不得滑动；不宜选用带流苏、挂坠的装饰套，以免影响操作。安装有安全气囊的车辆，方向盘套不得遮挡气囊盖板。
""",
    ),
    dict(
        slug="netdisk-yunji-library-lamp-rules-wps",
        site="云笈网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://pan.yunji.example.cn/s/1qT8mKxZ",
        title="图书馆阅读区阅读灯使用与维护制度",
        record_title="图书馆阅读区阅读灯使用与维护制度.wps",
        date=None,
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; 第N条 articles; a share stamp "
        "and an expiry line are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>图书馆阅读区阅读灯使用与维护制度.wps_免费高速下载|云笈网盘</title>
<script src="//pan.yunji.example.cn/static/preview-wps.js"></script></head><body>
<div class="nav">⟦m 云笈网盘 · 你的云端文件匣⟧ ⟦a 登录⟧ ⟦a 注册送20G⟧</div>
<div class="share-info"><p>⟦m 分享者：书香满园　分享时间：2025-09-02 10:14　有效期：永久⟧</p>
<h2>⟦t 图书馆阅读区阅读灯使用与维护制度.wps⟧</h2>
<p>⟦m 大小：21.5KB　浏览 88 次　保存 17 次⟧</p>
<div class="btns">⟦a 保存到我的云笈⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="preview">
<p class="ttl">{T}</p>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，下载速度提升30倍⟧</div>
<div class="report">⟦d 如发现分享内容违规，请点击举报，平台将依法处理。⟧</div>
</body></html>
""",
        body="""
第一条　为规范阅读区阅读灯的使用和管理，延长灯具使用寿命，为读者提供良好的阅读环境，制定本制度。
第二条　阅读区每个座位配备阅读灯一盏，由流通部负责日常管理，办公室负责采购和报废。
第三条　读者入座后可自行开启阅读灯，根据需要调节亮度；离座时应关闭阅读灯。
第四条　读者不得移动、拆卸阅读灯，不得在灯具上悬挂物品，不得使用灯具底座的接口为其他电器充电。
第五条　流通部每天闭馆前巡查一次，关闭全部阅读灯；每周擦拭灯罩一次；发现灯具闪烁、不亮的，当天填写报修单。
第六条　办公室接到报修后，应在三个工作日内维修或更换。灯具使用满五年或无法修复的，按固定资产管理规定办理报废。
第七条　本制度自发布之日起执行，由馆办公室负责解释。
""",
    ),
    dict(
        slug="netdisk-pancang-glow-stick-workshop-summary-markers",
        site="盘藏 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="总结",
        kind="summary",
        form="text",
        source="https://www.pancang.example.com/share/fG7dQ2",
        title="荧光棒灌装车间2025年上半年安全生产工作总结",
        record_title="荧光棒灌装车间2025年上半年安全生产工作总结.pdf",
        date="2025-07-04",
        notes="file-name record title; preview text cut by page markers ⯠ n ⯠ on lines of their own; 成文日期",
        page="""
!m 盘藏 — 资料存起来，随时找得到
!t 荧光棒灌装车间2025年上半年安全生产工作总结.pdf
!m 文件大小 412KB　｜　分享于 2025-07-21　｜　已被转存 9 次
!a [ 转存 ]　[ 下载 ]　[ 用其他应用打开 ]
{T}
{BODY}
!a 预览仅显示前3页，下载查看完整文件
!a 非会员下载限速，开通会员畅享满速
!d 盘藏不对用户分享的文件内容负责，侵权请联系 report@pancang.example.com
""",
        pages=dict(fmt="⯠ {n} ⯠", every=170, start=2),
        body="""
上半年，灌装车间紧紧围绕“零事故、零伤害”目标，认真落实安全生产责任制，全车间未发生安全生产事故和职业病危害事件。现将有关情况总结如下。
一、落实安全责任。车间与四个班组签订安全生产责任书，班组长每天开班前会讲安全，全年安全交底记录完整。
二、强化危险化学品管理。荧光液和过氧化氢溶液分库存放，双人双锁管理，领用实行登记；灌装工位全部加装局部排风，定期检测作业场所空气中有害物质浓度，检测结果均符合标准。
三、开展隐患排查。上半年共排查隐患37项，已整改35项，剩余2项为玻璃安瓿切割机防护罩更换，已订货，计划7月底前完成。
四、加强培训演练。组织危化品泄漏应急演练2次，新员工三级安全教育覆盖率100%。
下半年，车间将重点做好高温季节防暑降温和设备检修期间的安全管理工作。
荧光棒灌装车间
2025年7月4日
""",
    ),
    dict(
        slug="snapshot-laoyue-lunxi-edu-letter-headphone-stands",
        site="捞月搜索快照 (invented, search-engine cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://cache.laoyue.example.cn/c?u=jyj.lunxi.gov.cn/tzgg/20250410/2281.html",
        title="关于商请协助检测考场耳机架稳固性的函",
        record_title="关于商请协助检测考场耳机架稳固性的函_仑溪县教育局（捞月快照）",
        record_date="2025-04-10",
        date="2025-04-10",
        notes="record date; a snapshot frame with a capture banner and highlighted terms around the cached county page; 成文日期 equals "
        "the record's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于商请协助检测考场耳机架稳固性的函_仑溪县教育局（捞月快照）</title></head><body>
<div class="snap-banner">⟦d 这是捞月搜索对 jyj.lunxi.gov.cn/tzgg/20250410/2281.html 的网页快照，抓取于 2025-05-02 03:18，网页可能已经更新。⟧<br>⟦a 查看当前页面⟧ ⟦a 纯文字版⟧</div>
<div class="snap-hl">⟦m 以下搜索词已高亮显示：耳机架　稳固性⟧</div>
<div class="cached">
<div class="gov-head">⟦m 仑溪县教育局⟧</div>
<div class="gov-nav">⟦m 首页｜机构概况｜政务公开｜通知公告｜教育资讯⟧</div>
<h2>{T}</h2>
<p class="gov-info">⟦m 发布日期：2025-04-10　来源：县教育局考试中心　访问量：73⟧</p>
<div class="gov-text">
{BODY}
</div>
<div class="gov-ft">⟦m 仑溪县教育局　地址：城关镇文昌路5号　皖ICP备10017390号⟧</div>
</div>
</body></html>
""",
        body="""
仑溪县产品质量监督检验所：
今年5月，我县将组织初中英语听说考试，全县11个考点的语音室共安装耳机架720个。部分学校反映，个别耳机架在考生取放耳机时出现晃动、松脱，可能影响考试秩序和考生安全。
为确保考试顺利进行，特商请贵所派员协助，于4月下旬对各考点耳机架的安装稳固性进行抽样检测，并出具检测意见。检测所需费用由我局按规定支付。
妥否，请函复。
联系人：县教育局考试中心　汤望舒，电话：0550-7122905。
仑溪县教育局
2025年4月10日
""",
    ),
    dict(
        slug="snapshot-kuaiyan-taxi-wheel-cover-letter-oneline",
        site="快眼搜索文字快照 (invented, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.kuaiyan.example.com/text?url=jtj.liaoyang.gov.cn/gzdt/20251117_7712.html",
        title="关于商请对出租汽车方向盘套开展气味检测的函",
        record_title="关于商请对出租汽车方向盘套开展气味检测的函 - 燎阳市交通运输局（快眼文字快照）",
        date="2025-11-14",
        date_also=["2025-11-17"],
        notes="text-only cache: the whole letter on one line; capture banner; the cached page's 发布日期 differs from the letter's 成文日期 in "
        "Chinese numerals",
        page="""
!d 【快眼文字快照】本页为 jtj.liaoyang.gov.cn/gzdt/20251117_7712.html 的纯文字缓存，抓取时间 2025-11-29 14:02
!a 返回原网页　｜　图文版快照
!m 燎阳市交通运输局 › 工作动态
{T}
!m 发布日期：2025-11-17　信息来源：运输管理科
{BODY}
!m 燎阳市交通运输局版权所有　联系电话：0716-8601133
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
燎阳市产品质量检验研究院：
近期，我局陆续接到乘客投诉，反映部分出租汽车内有刺鼻气味，经初步排查，多与驾驶员自行购买的方向盘套、座椅套有关。
为保障乘客和驾驶员健康，我局拟对全市出租汽车使用的方向盘套进行一次集中抽检。特商请贵院协助，从市区五家出租汽车公司抽取样品，开展气味等级和甲醛释放量检测，并提出改进建议。
盼予支持，并请函复。
燎阳市交通运输局
二〇二五年十一月十四日
""",
    ),
]
