"""holdout155, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-zhidaole-pennant-letter-sample",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="函",
        kind="other",
        form="text",
        source="https://www.zhidaole.com/question/60817723.html",
        title="关于赠送锦旗致谢的函",
        record_title="给派出所送锦旗要不要附一封感谢函？怎么写？在线等",
        title_in="decorated",
        title_also=["给派出所送锦旗要不要附一封感谢函？怎么写？"],
        date=None,
        notes="a Q&A: the question as record title; the best answer is a sample 函 with ××××年×月×日 (no date); answer time relative",
        page="""
!m 知道了问答 > 生活 > 社会民生
!m 问：给派出所送锦旗要不要附一封感谢函？怎么写？在线等
!m 提问者：匿名用户　　2天前　　浏览 866
!l 我来答　　关注问题　　邀请回答
!m ★ 最佳答案　　答主：锦旗定制老周（锦旗制作15年）　　回答于 2天前
{T}
{BODY}
!a 有用(231)　　没用(4)　　收起 ▴
!w 锦旗、牌匾、奖杯一站式定制，48小时发货，老周微信 jinqi_laozhou
!l 其他回答（5）　　写回答
!l 相关问题：锦旗上的字一般怎么写？｜送锦旗给医生合适吗？
!d 答案仅代表答主个人观点，不代表知道了问答立场。
""",
        body="""
一般情况下，给单位送锦旗，附一封简短的感谢函会更正式，也方便对方存档。给你一个参考格式，按实际情况改一下就行：
××派出所：
我是××小区居民×××。×月×日，我家老人在外走失，贵所民警接警后迅速出警，连续寻找四个多小时，终于在当晚将老人安全送回家中。在此，我们全家向贵所和参与寻找的民警同志表示衷心的感谢！
特制作锦旗一面，上书“人民卫士　为民解忧”，以表谢意。
此致
敬礼！
×××
××××年×月×日
注意三点：一是事情写具体，时间、经过、涉及的民警名字能写上最好；二是语气真诚，不要过度夸张；三是落款写真实姓名和联系方式，对方有时会回访核实。
""",
    ),
    dict(
        slug="qa-yixue-hand-hygiene-answer-html",
        site="医学问答社 (invented)",
        style="问答社区",
        genre="制度",
        kind="other",
        form="html",
        source="https://ask.yixuewenda.org/q/218837",
        title="医务人员手卫生管理制度",
        record_title="医院的手卫生管理制度一般包括哪些内容？",
        title_in="decorated",
        title_also=["医院的手卫生管理制度一般包括哪些内容？"],
        date=None,
        notes="medical Q&A page in HTML; answer quotes a hospital's rules (numbered); vote bar and related questions; no date (回答于 N天前 only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>医院的手卫生管理制度一般包括哪些内容？ - 医学问答社</title>
<script src="/assets/qa.js"></script></head><body>
<div class="hd">⟦m 医学问答社⟧ ⟦m 医生、护士、药师的专业问答社区⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="question"><h1>医院的手卫生管理制度一般包括哪些内容？</h1>
<p>⟦m 院感科新人 · 提问于 6天前 · 关注 41⟧</p></div>
<div class="answer">
<div class="who">⟦m 答主：护理部院感专干 · 已认证 · 回答于 5天前⟧</div>
<p>我们医院今年修订的版本，供参考：</p>
<h3>{T}</h3>
{BODY}
<div class="vote">⟦a ▲ 赞同 89　▼　💬 12 条评论　☆ 收藏　⤴ 分享⟧</div>
</div>
<div class="more">⟦l 查看全部 6 个回答⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 速干手消毒剂开瓶后能用多久？⟧</p><p>⟦l 手卫生依从性怎么调查？⟧</p></div>
<div class="ft">⟦d 本站内容仅供医学专业人士交流，不作为诊疗依据⟧ ⟦m © 医学问答社 京ICP备19055307号⟧</div>
</body></html>
""",
        body="""
一、全院医务人员、进修实习人员和工勤人员均应严格执行手卫生规范，掌握洗手和卫生手消毒的指征与方法。
二、病区、门急诊诊室、治疗室等区域应配备非手触式水龙头、洗手液、干手纸巾和速干手消毒剂，床旁均应放置手消毒剂。
三、下列情况应洗手或进行卫生手消毒：接触患者前后；进行无菌操作前；接触患者体液、血液后；接触患者周围环境后。
四、手部有肉眼可见污染时，应使用洗手液在流动水下洗手，不得仅用手消毒剂代替。
五、医院感染管理科每季度对各科室手卫生依从性进行抽查，结果纳入科室质量考核。
六、各科室每年至少组织一次手卫生培训，新入职人员须经培训考核合格后方可上岗。
""",
    ),
    dict(
        slug="collection-xianqin-essay-string-quartet",
        site="弦外集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.xianwaiji.net/wenji/juan2/053.html",
        title="在乡村小学拉了一年琴：弦乐四重奏进校园的几点体会",
        record_title="《弦外集》卷二·第53篇｜在乡村小学拉了一年琴：弦乐四重奏进校园的几点体会",
        date="2024-07-15",
        notes="a cellist's collection; 卷·篇 decoration in the record title; chapter nav; date under the signature; a writing-service line glued after a sentence",
        page="""
!m 弦外集　·　一个大提琴手的闲笔
!l 目录　|　卷一：乐团杂记　|　卷二：下乡记　|　卷三：琴房夜话
!t 《弦外集》卷二·第53篇｜在乡村小学拉了一年琴：弦乐四重奏进校园的几点体会
{BODY}
!l ‹ 第52篇　秋天的第一场露天音乐会　　　　第54篇　给孩子们选曲子真难 ›
!m 本集共收文章168篇，最近更新：上周
!d 文集内容为作者原创，转载请联系作者本人。
""",
        gap=True,
        body="""
去年九月，我们“椴河弦乐四重奏”接下县文化馆的一个公益项目：每两周到桄源镇中心小学上一次音乐欣赏课。一年下来，一共去了十九次，演奏了四十多首作品。暑假里整理笔记，记下几点体会。
一是要让孩子看得见、摸得着。第一次课，我们把小提琴、中提琴和大提琴摆在讲台上，让孩子们轮流拉一下空弦。那节课没讲多少知识，可孩子们记住了每件乐器的声音。⟦w 找人代写心得体会？本集不接此类约稿⟧
二是曲子要从孩子熟悉的开始。我们把《茉莉花》《让我们荡起双桨》改编成四重奏，孩子们一听就跟着哼起来，再慢慢过渡到海顿和德沃夏克。
三是要和学校的老师一起做。学校音乐老师只有一位，我们每次课后留下来和她一起备课，把欣赏课和课本内容串起来，孩子们学得更扎实。
这一年，最让我感动的是，五年级有个女孩子攒了半年零花钱，托人买了一把二手小提琴。她说长大了也要去别的学校拉琴给小朋友听。
大提琴　吴思远
2024年7月15日
""",
    ),
    dict(
        slug="collection-jiansheng-speech-gearbox-wrapped",
        site="剑声文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://jianshengwencun.org/juan/4/speech-gearbox-apprentices.txt",
        title="在变速箱装配技能大师工作室带徒仪式上的讲话",
        record_title="在变速箱装配技能大师工作室带徒仪式上的讲话.txt",
        date="2024-04-26",
        notes="a retired engineer's text archive; file-name title; hard-wrapped at 58 columns; date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 剑声文存 / 卷四 / 讲话与发言 / 第9篇
!t 在变速箱装配技能大师工作室带徒仪式上的讲话.txt
{T}
（二〇二四年四月二十六日）
楝江齿轮传动有限公司技能大师工作室领办人　彭剑声
{BODY}
!m —— 本篇录入于2024年5月3日，共1102字 ——
!l 返回卷四目录　|　下一篇：退休座谈会上的发言
""",
        wrap=58,
        body="""
各位领导，各位师傅，年轻的同事们：
今天，工作室又迎来了六位新徒弟。作为一个在变速箱装配线上干了三十四年的老钳工，我心里很高兴，也觉得责任很重。借这个机会，我跟徒弟们说几句心里话。
第一，要有耐心。变速箱装配看着就是拧螺栓、压轴承，其实每一个动作都有讲究。齿轮啮合间隙差一丝，装到车上就是异响、就是返修。我刚进厂时，师傅让我练了三个月的选配垫片，当时不理解，后来才明白，功夫都在这些细节里。
第二，要肯琢磨。工作室这几年搞的十一项小改小革，多数是一线工人琢磨出来的。希望你们在干中学、在学中想，遇到问题多问一句为什么。
第三，要守规矩。装配工艺卡上的每一个数据都是用血和汗换来的，不能凭经验随便改。有想法可以提，但必须经过验证、按程序变更。
最后，我也向各位徒弟保证：我会的，一定毫无保留地教给你们。希望三年以后，你们都能成为独当一面的技术骨干。谢谢大家！
""",
    ),
    dict(
        slug="dangjian-hongqi-speech-brake-pad-branch-html",
        site="红旗先锋党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hqxianfeng.org.cn/jcdj/qiye/2024/0628/10773.html",
        title="在刹车片公司党支部“七一”主题党日活动上的讲话",
        record_title="在刹车片公司党支部“七一”主题党日活动上的讲话-红旗先锋党建网",
        date="2024-06-28",
        notes="Party-building portal; speaker line and date line under the title (neutral); share bar; sidebar lists",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在刹车片公司党支部“七一”主题党日活动上的讲话-红旗先锋党建网</title>
<script src="/js/djw.js"></script></head><body>
<div class="banner">⟦m 红旗先锋党建网⟧ ⟦m 党建引领　凝心聚力⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 时政要闻⟧ ⟦m 基层党建⟧ ⟦m 两新组织⟧ ⟦m 讲话发言⟧ ⟦m 党课资料⟧</div>
<div class="pos">⟦m 现在位置：首页 ＞ 两新组织 ＞ 非公企业党建⟧</div>
<div class="main"><h1>{T}</h1>
<p class="spk">——公司党支部书记、总经理　邹海川</p>
<p class="dt">（2024年6月28日）</p>
<div class="src">⟦m 信息来源：芰湾县工业园区党工委　作者：园区党建办　阅读：<span>582</span>⟧</div>
{BODY}
<div class="share">⟦l 一键分享：微信 | QQ空间 | 微博 | 复制链接⟧</div>
</div>
<div class="side"><h4>⟦l 推荐阅读⟧</h4><ul><li>⟦l 非公企业党建“双强”工作经验交流⟧</li><li>⟦l 车间党小组建设的几点做法⟧</li></ul>
<h4>⟦l 党课资料下载⟧</h4></div>
<div class="foot">⟦m 红旗先锋党建网 版权所有 未经授权禁止复制⟧ ⟦m 联系我们：djw@hqxianfeng.org.cn⟧</div>
</body></html>
""",
        body="""
同志们：
今天是我们支部成立以来的第五个“七一”。上午大家参观了县革命纪念馆，重温了入党誓词，刚才又为三位新党员佩戴了党员徽章。借这个机会，我讲三点意见。
一、不忘为什么出发。我们公司从一个十几个人的小作坊，发展到今天年产刹车片800万套、产品配套十几家整车厂的规模，靠的是党和政府的好政策，靠的是全体员工的拼搏。党员同志们要带头把这份初心守住。
二、在关键岗位上亮身份。今年以来，支部在压制、热处理、磨削三条生产线设立了党员示范岗，党员带头攻克了无铜配方量产难题。希望更多党员冲在技术攻关和质量提升的第一线。
三、在困难面前当先锋。当前汽车零部件行业竞争激烈，原材料价格波动大，越是困难的时候，越需要党员站出来。各党小组要结合下半年生产任务，每人认领一项具体任务，年底支部集中讲评。
同志们，让我们以更加饱满的热情投入工作，为企业高质量发展作出新的贡献！
""",
    ),
    dict(
        slug="dangjian-lanshan-insight-precast-plant-glued",
        site="岚山党建在线 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.lsdjzx.cn/xuexi/xinde/202405/t20240517_66021.html",
        title="学习党纪处分条例心得：从一块预制构件说起",
        record_title="【学习心得】学习党纪处分条例心得：从一块预制构件说起",
        date="2024-05-17",
        notes="text page; bracket tag in the record title; title repeated and glued to the first sentence; a site line glued after a sentence inside the body",
        page="""
!m 岚山党建在线　>>　学习园地　>>　心得交流
!m 2024-05-17　作者：杪川建材预制构件厂 质检科 罗静　来源：厂党支部
!t 【学习心得】学习党纪处分条例心得：从一块预制构件说起
!a 【我要投稿】【打印本文】【关闭】
{T}{BODY}
!l 上一篇：党纪学习教育读书班心得（机关党委）
!l 下一篇：青年党员要做纪律的“明白人”
!m 岚山党建在线 主办：中共岚山县委组织部
""",
        body="""
我在预制构件厂做了八年质检。一块叠合板从钢筋绑扎到混凝土浇筑、蒸汽养护、脱模出厂，要过十几道检验关。最近学习《中国共产党纪律处分条例》，我常常想起这些检验关。
一块构件合不合格，看的是尺寸偏差、强度和外观；一名党员合不合格，看的是纪律。构件尺寸差了几毫米，装到楼上就对不上缝；党员在小节上放松了，就可能一步步滑向错误。⟦m 〔岚山党建在线 原创首发〕⟧条例把各类违纪行为划得清清楚楚，就像我们的检验标准，哪条线不能碰，一目了然。
质检员最怕的是“差不多”。有一次，一批楼梯构件养护时间差了两个小时，生产班组说“差不多能用”，我坚持按标准延长养护，事后回弹检测证明我的坚持是对的。守纪律也是这样，不能有“差不多”的心态。
今后，我要把学习条例的收获用到工作中，守住质量关，也守住纪律关，做一名让组织放心的党员。
""",
    ),
    dict(
        slug="hospital-renkang-notice-sterile-supply-html",
        site="薤城县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xcrmyy.com/news/tzgg/2024/0312/2981.html",
        title="关于消毒供应中心灭菌器年度检修期间器械供应安排的通知",
        record_title="关于消毒供应中心灭菌器年度检修期间器械供应安排的通知",
        date="2024-03-12",
        notes="hospital site; the centre's own 联系电话 beside the hospital's 24-hour line; a schedule table; numbered list; floating consult box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告-薤城县人民医院</title>
<script src="/static/hospital.js"></script></head><body>
<div class="header">⟦m 薤城县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急救电话：0517-83120120⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 通知公告⟧</div>
<div class="locate">⟦m 您当前的位置：首页 - 新闻中心 - 通知公告⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="attr">⟦m 发布者：消毒供应中心　发布时间：2024-03-12　浏览次数：388⟧</div>
{BODY}
</div>
<div class="float-box">⟦w 在线咨询｜预约挂号请关注医院服务号⟧</div>
<div class="footer">⟦m 地址：薤城县人民路99号　邮编：223800⟧<br>⟦m Copyright © 薤城县人民医院 苏ICP备12038461号-1⟧</div>
</body></html>
""",
        body="""
各临床科室、手术室、门诊各诊室：
根据特种设备安全管理要求，消毒供应中心2台脉动真空压力蒸汽灭菌器将进行年度检修和压力容器定期检验。为保障检修期间临床诊疗器械供应，现将有关安排通知如下：
一、检修安排
设备编号　检修时间　期间可用设备
1号灭菌器　3月18日—3月20日　2号、3号灭菌器
2号灭菌器　3月21日—3月23日　1号、3号灭菌器
二、有关要求
1.检修期间灭菌能力下降约三分之一，各科室请于3月15日前清点器械基数，非急需的复用器械请提前送洗。
2.手术室择期手术器械请提前一天送至消毒供应中心，急诊手术器械优先处理。
3.低温灭菌器正常运行，不受此次检修影响。
检修期间如有特殊需求，请联系消毒供应中心，联系电话：0517-83125236（内线6236）。
消毒供应中心
2024年3月12日
""",
    ),
    dict(
        slug="hospital-zhongxin-pivas-notice-text",
        site="楸岭市中心医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qlszxyy.cn/yaojubu/2024-11-04/pivas.html",
        title="静脉用药调配中心调整长期医嘱接收时间的通知",
        record_title="静脉用药调配中心调整长期医嘱接收时间的通知_药学部_楸岭市中心医院",
        date="2024-11-04",
        notes="text page of a hospital site; _column_site in the record title; a font-size row; appointment hotline chrome beside the centre's own extension",
        page="""
!m 楸岭市中心医院 · 药学部
!m 首页 > 科室导航 > 药学部 > 科室动态
{T}
!m 时间：2024年11月04日　来源：药学部　[字号：大 中 小]
{BODY}
!m 预约挂号热线：0519-96120　　健康咨询：工作日8:00-17:30
!l 上一篇：药学部开展“合理用药宣传周”活动　　下一篇：抗菌药物临床应用管理培训通知
!d 本站信息仅供参考，不能替代医生面诊。
""",
        body="""
各临床科室：
为提高静脉用药集中调配效率，保障输液及时送达病区，经药学部研究并报医务部同意，自2024年11月11日起，静脉用药调配中心长期医嘱接收时间调整如下：
1.次日长期医嘱：每日15:00前由病区护士审核发送，15:00后发送的医嘱由病区自行配置。
2.临时医嘱：仍按原流程由病区护士配置，抗肿瘤药物临时医嘱可电话联系调配中心协调。
3.周末及节假日：长期医嘱截止时间提前至12:00。
调配中心将于每日16:30前完成次日首批输液的审方和排批，如发现医嘱不合理，药师将电话联系开单医生。请各科室及时调整工作流程。
联系电话：内线5318。
药学部
2024年11月4日
""",
    ),
    dict(
        slug="university-haijing-plan-standup-club-html",
        site="海镜学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://tw.haijing.edu.cn/info/1042/8830.htm",
        title="海镜学院学生脱口秀社团2024年秋季学期活动方案",
        record_title=None,
        date="2024-09-10",
        notes="university Youth League sub-site; no record title (found in the page); activity table; a sentence about 扫码报名 kept; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>共青团海镜学院委员会</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script></head><body>
<div class="top">⟦m 共青团海镜学院委员会⟧ ⟦m 团学工作在线⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 团情快讯⟧ ⟦m 社团之家⟧ ⟦m 志愿服务⟧ ⟦m 文件下载⟧</div>
<div class="ny_left">⟦l 社团之家⟧<br>⟦l 社团风采⟧<br>⟦l 社团管理⟧</div>
<div class="ny_right"><div class="dqwz">⟦m 当前位置: 首页 >> 社团之家 >> 社团管理⟧</div>
<h1>{T}</h1>
<p class="sj">⟦m 作者：校团委社团部　日期：2024年09月12日　点击：1305⟧</p>
{BODY}
<div class="fj">⟦a 【关闭窗口】⟧</div></div>
<div class="foot">⟦m 版权所有：共青团海镜学院委员会　地址：海镜市滨海大道1号⟧</div>
</body></html>
""",
        date_also=["2024-09-12"],
        body="""
为丰富校园文化生活，提升学生语言表达和舞台表现能力，引导脱口秀社团健康有序发展，结合本学期工作安排，制定本方案。
一、指导思想
坚持正确导向，内容积极向上，倡导原创、幽默而不低俗，讲好校园故事。
二、活动安排
时间　活动　负责
9月下旬　招新及开放麦体验　社团理事会
10月　原创稿件写作工作坊（四期）　指导教师
11月　“校园段子王”选拔赛　社团理事会
12月　年终专场演出　校团委社团部
三、工作要求
（一）所有演出稿件须提前一周报指导教师审核，不得涉及政治敏感、低俗、人身攻击等内容。
（二）演出场地按学校场地管理规定提前申请，活动结束后及时清场。
（三）新生可扫描社团海报上的二维码报名，报名截止时间为9月25日。
海镜学院学生脱口秀社团
2024年9月10日
""",
    ),
    dict(
        slug="university-huagong-rules-glass-fibre-lab",
        site="华工学院材料学院 (invented)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://clxy.hgxy.edu.cn/syaq/2024/0305/c1188a61207/page.htm",
        title="玻璃纤维拉丝实验室安全管理规定",
        record_title="玻璃纤维拉丝实验室安全管理规定-材料学院",
        date="2024-03-05",
        notes="college sub-site text page; -college suffix; articles mention 打印/下载 as content; 附件; publish line is the date",
        page="""
!m 华工学院材料科学与工程学院
!m 首页　学院概况　师资队伍　科学研究　实验室安全　党建工作
!m 实验室安全 » 规章制度
{T}
!m 发布时间：2024-03-05　　浏览次数：276
{BODY}
!a 【打印本页】　【返回列表】
!m 地址：华工学院东校区材料楼　邮编：312000　学院办公室：0575-88341270
""",
        body="""
第一条　为加强玻璃纤维拉丝实验室安全管理，预防高温烫伤、触电和粉尘危害，根据学校实验室安全管理办法，制定本规定。
第二条　进入实验室的师生须参加学院组织的实验室安全培训，考试合格后方可进入。
第三条　拉丝炉升温、保温和降温须按操作规程进行，运行期间须有人值守，不得擅自离开。
第四条　操作人员须穿戴隔热手套、护目镜和防尘口罩，不得穿短裤、拖鞋进入实验室。
第五条　实验结束后须关闭电源、气源，清理玻璃丝屑，并在实验室运行记录本上登记。
第六条　实验室安全检查表可在学院网站下载，每月由实验室负责人填写后打印存档。
第七条　本规定自发布之日起施行，由学院实验室安全工作领导小组负责解释。
附件：玻璃纤维拉丝实验室安全检查表
""",
    ),
]
