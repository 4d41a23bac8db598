"""holdout47, part B: a couriers' Party branch, a stroke centre, a university's
mental-health month, a riders' station on a county forum, a vehicle-administration download,
a social-insurance agency's recruitment, a river-chief office's tender, a family-law firm's
lecture, a waste-sorting notice, an express-delivery association, a hot-spring resort and a
boxing gym. Everything invented."""

CASES = [
    dict(
        slug="dangjian-kuaidi-branch-speech-html",
        site="翊川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yichuandj.example.gov.cn/xxyd/2025/0701/2291.shtml",
        title="在全市快递行业党支部书记培训班上的讲话",
        record_title="在全市快递行业党支部书记培训班上的讲话-翊川党建网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party-building portal: speech title keeps the speaker's role line neutral; date under the title differs from the byline (both accepted); a 学习强国-style share row, a slogan banner",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在全市快递行业党支部书记培训班上的讲话-翊川党建网</title></head><body>
<div class="banner">⟦m 翊川党建网　不忘初心 砥砺前行⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 学习园地⟧</li><li>⟦m 两新党建⟧</li><li>⟦m 党员服务⟧</li></ul>
<div class="pos">⟦m 位置：首页 > 学习园地 > 领导讲话⟧</div>
<h1>{T}</h1>
<p class="sub">市委社会工作部部长　杜文卿</p>
<p class="sub">（2025年6月30日）</p>
<div class="info">⟦m 发布：2025-07-01 10:12　来源：市委社会工作部　字数：1680⟧</div>
{BODY}
<div class="tools">⟦a 收藏本页 ｜ 打印正文 ｜ 转发给好友⟧</div>
<div class="rel"><h4>⟦l 延伸阅读⟧</h4><a>⟦l 外卖骑手党员先锋岗授牌仪式举行⟧</a></div>
<div class="foot">⟦m 中共翊川市委组织部主办　技术支持：翊川网信中心⟧<br>⟦m 翊ICP备09003311号⟧</div>
</body></html>
""",
        body="""
同志们：
快递行业从业人员流动性大、工作时间不固定，党建工作面临不少新情况新问题。
这次培训班的目的，就是帮助大家提升抓党建的能力，把党的组织和工作有效覆盖到快递网点和分拨中心。
一要建强组织，推动规模以上快递企业应建尽建党组织，暂不具备条件的通过选派党建指导员实现工作覆盖。
二要服务小哥，依托快递驿站建设暖心驿站，解决快递员喝水难、如厕难、充电难问题。
三要发挥作用，组织党员快递员参与社区治理，当好流动网格员。
同志们，希望大家学有所获、学以致用，把学习成果转化为推动工作的实际成效。
""",
    ),
    dict(
        slug="hospital-changhe-stroke-channel-notice",
        site="璋平县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zpxrmyy.example.com/news/yygg/2025-0512-301.html",
        title="关于开通卒中急救绿色通道的通知",
        record_title="关于开通卒中急救绿色通道的通知_医院公告_璋平县人民医院",
        date="2025-05-12",
        notes="hospital notice: the stroke centre's own 24-hour line kept beside the site's 预约挂号 line; 就诊指南 sidebar box; font row; disclaimer",
        page="""
!m 璋平县人民医院　二级甲等综合医院
!m 预约挂号：0744-5589000（7:30-17:30）
!m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院公告
!t 关于开通卒中急救绿色通道的通知
!m 时间：2025-05-12　发布部门：医务科　浏览量：890
!a 字体：【大】【中】【小】
{BODY}
!l 就医指南：门诊时间 ｜ 住院须知 ｜ 医保报销流程
!d 本站健康信息仅供参考，不能代替医生面诊，身体不适请及时就医。
!m Copyright © 璋平县人民医院　地址：璋平县新华路12号
""",
        body="""
各科室、各乡镇卫生院：
为缩短急性脑卒中患者救治时间，我院卒中中心自2025年5月15日起正式开通卒中急救绿色通道。
一、疑似卒中患者到院后，实行先诊疗后付费，急诊科、影像科、检验科、神经内科同步响应。
二、目标要求：患者到院至溶栓用药时间控制在六十分钟以内。
三、各乡镇卫生院发现疑似卒中患者，请第一时间拨打卒中中心二十四小时值班电话0744-5589120联系转诊。
璋平县人民医院
2025年5月12日
""",
    ),
    dict(
        slug="university-heyuan-mental-month-plan-html",
        site="珩川师范学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://xsc.hcsfxy.example.edu.cn/info/1031/6618.htm",
        title="珩川师范学院2025年大学生心理健康教育月活动方案",
        record_title=None,
        date="2025-04-28",
        notes="university student-affairs page: no record title; a numbered list; a schedule table kept; the document asks students to 扫码 as content; 点击数 script counter; campus footer",
        page="""
<html><head><meta charset="utf-8"><title>学生工作处</title></head><body>
<div class="head">⟦m 珩川师范学院学生工作处（部）⟧</div>
<div class="menu">⟦m 首页　机构设置　通知公告　心理健康　资助管理　下载中心⟧</div>
<div class="place">⟦m 当前位置: 首页>>心理健康>>正文⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 作者：心理健康教育中心　日期：2025-04-28　点击：⟧<script>showHits()</script>⟦m 1208 次⟧</div>
{BODY}
<div class="next">⟦l 上一条：关于做好2025届毕业生离校工作的通知⟧<br>⟦l 下一条：学生资助诚信教育主题班会安排⟧</div>
<div class="foot">⟦m 版权所有：珩川师范学院　地址：珩川市学府大道1号　邮编：415600⟧</div>
</body></html>
""",
        body="""
为增强学生心理健康意识，营造关爱心灵的校园氛围，学校定于5月开展大学生心理健康教育月活动。
一、活动主题：悦纳自我，向阳成长
二、活动安排
时间　活动内容　负责单位
5月6日　启动仪式暨心理情景剧展演　心理健康教育中心
5月中旬　朋辈心理辅导员培训　各二级学院
5月25日　心理健康知识竞赛决赛　校团委
三、有关要求
1. 各学院要高度重视，认真组织学生参与。
2. 学生可扫描宣传海报上的二维码报名参加各项活动。
学生工作处　心理健康教育中心
2025年4月28日
""",
    ),
    dict(
        slug="localforum-qiongcheng-rider-station-notice",
        site="琨城生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.kunchenglife.example.com/forum.php?mod=viewthread&tid=90117",
        title="关于城北骑手暖心驿站正式开放的通知",
        record_title="关于城北骑手暖心驿站正式开放的通知 - 琨城生活网",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="county forum: post time differs from the document date (both accepted); a moderator line, a 置顶 tag, ad lines and floors after the post",
        page="""
!m 琨城生活网 » 琨城论坛 » 民生热线
!a 【置顶】本版发帖须实名认证，未认证用户请先绑定手机
!t 关于城北骑手暖心驿站正式开放的通知
!m 版主：城北老杨　发表于 2025-3-21 08:47
{BODY}
!a 广告：琨城家政保洁，十年老店，电话预约立减20元
!l 沙发 小飞象：好事，冬天终于有地方热饭了
!l 板凳 琨城路人甲：位置在哪？地图发一下
""",
        body="""
广大外卖骑手、快递员朋友们：
由城北街道总工会建设的骑手暖心驿站于3月20日起正式开放，地址在城北农贸市场东门二楼。
驿站每天8时至22时开放，免费提供饮水、热饭、充电、休息、如厕等服务，并配备常用药箱。
驿站内设有学习角，欢迎大家下载“琨城工会”客户端，入会后可享受意外伤害互助保障。
使用驿站时请爱护公共设施，保持室内整洁。
城北街道总工会
2025年3月20日
""",
    ),
    dict(
        slug="download-chezhan-driver-license-table-layout",
        site="三棵树资料下载站 (invented)",
        style="资料下载站",
        genre="须知",
        kind="other",
        form="html",
        source="http://www.sankeshu-down.example.com/soft/20871.html",
        title="驾驶证满分教育和审验办理须知",
        record_title="驾驶证满分教育和审验办理须知 免费下载 - 三棵树资料站",
        date=None,
        notes="old table layout of a download station: file-info table, three mirror links, a dead-link report, an unzip password note; no date (an update stamp is not one); the document says 下载/打印 as content",
        page="""
<html><head><meta charset="gb2312"><title>驾驶证满分教育和审验办理须知 免费下载 - 三棵树资料站</title></head><body>
<table><tr><td>⟦m 三棵树资料下载站　www.sankeshu-down.example.com⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 首页 → 办事指南 → 交通出行⟧</td></tr></table>
<table border="1">
<tr><td>资料名称：</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：42 KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-09 11:20:31⟧</td><td>⟦m 下载次数：318⟧</td></tr>
</table>
<div class="intro">资料简介：</div>
{BODY}
<table><tr><td>⟦a 电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告死链⟧</td></tr>
<tr><td>⟦d 提示：本站资料均来自网络，解压密码 www.sankeshu-down.example.com ，如有侵权请来信说明。⟧</td></tr></table>
</body></html>
""",
        body="""
一、驾驶人在一个记分周期内累积记分达到十二分的，应当参加满分学习，学习时间不少于七天。
二、学习可以到车管所参加现场学习，也可以通过交通安全综合服务平台网上学习，但现场学习天数不少于一半。
三、学习期满后参加科目一考试，考试合格的，记分予以清除。
四、审验时携带身份证明和驾驶证，也可以登录服务平台下载并打印审验申请表提前填写。
五、具体办理地点和时间，请咨询当地车辆管理所。
""",
    ),
    dict(
        slug="renshi-shebao-agency-recruit-notice",
        site="湄原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.myrsks.example.gov.cn/ksxx/sydw/202506/t20250610_901.html",
        title="湄原县社会保险事业中心2025年公开招聘编外工作人员公告",
        record_title="湄原县社会保险事业中心2025年公开招聘编外工作人员公告",
        date="2025-06-10",
        notes="exam portal: a quota table, the document's 咨询电话 and 监督电话 kept next to the site's technical support line; 打印准考证 as content; 附件 list",
        page="""
!m 湄原人事考试网　公平 公正 公开
!m 首页 ＞ 考试信息 ＞ 事业单位
!m 【信息时间：2025-06-10】【阅读次数：4410】
{T}
{BODY}
!m 网站技术支持：0738-7720199（仅限报名系统故障）
!l 【返回顶部】 【关闭本页】
!d 湄原县人力资源和社会保障局 版权所有　建议使用1366×768分辨率浏览
""",
        body="""
根据工作需要，湄原县社会保险事业中心决定面向社会公开招聘编外工作人员，现将有关事项公告如下。
一、招聘岗位和人数
岗位　人数　学历要求
综合柜员　4名　大专及以上
稽核专员　2名　本科及以上
二、报名时间和方式
报名时间为2025年6月16日至6月20日，报名人员登录本网站报名系统填报信息。
三、考试
笔试时间另行通知，考生须于考前三天登录报名系统打印准考证。
四、咨询电话：0738-7721306；监督电话：0738-7721308。
附件：1.报名登记表
2.岗位条件一览表
湄原县社会保险事业中心
2025年6月10日
""",
    ),
    dict(
        slug="tender-hezhang-river-cleaning-html",
        site="玠田县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jietian.example.gov.cn/jyxx/zfcg/cggg/20250422/8812.html",
        title="玠田县河道保洁服务项目公开招标公告",
        record_title="玠田县河道保洁服务项目公开招标公告",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="tender page: lots table; purchaser and agency contacts kept beside the CA hotline; a 获取文件 button; record title and date",
        page="""
<html><head><meta charset="utf-8"><title>玠田县公共资源交易中心</title></head><body>
<div class="top">⟦m 玠田县公共资源交易中心　交易公开　服务便民⟧</div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 办事指南 | 下载专区⟧</div>
<div class="login">⟦a 主体登录　CA证书办理⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 【发布时间：2025-04-22 09:00】【来源：县河长制工作办公室】⟧</div>
{BODY}
<div class="btn">⟦a 我要投标（获取招标文件）⟧</div>
<div class="foot">⟦m CA数字证书服务热线：400-619-8870⟧<br>⟦m 地址：玠田县政务服务中心三楼　邮编：416300⟧</div>
</body></html>
""",
        body="""
玠田县河长制工作办公室的河道保洁服务项目已具备招标条件，现进行公开招标。
一、采购内容
包号　河段　预算（万元）
1　玠水干流城区段　86.5
2　桃溪、杨柳溪　42.0
二、投标人资格：具有独立承担民事责任的能力，具备河道保洁或环卫作业同类业绩。
三、获取招标文件：2025年4月23日至4月29日，登录交易平台下载。
四、联系方式
采购人：玠田县河长制工作办公室，联系人：汤明，电话：0745-6218802
代理机构：湘瓴项目管理有限公司，联系人：黎芸，电话：0745-6230117
""",
    ),
    dict(
        slug="lawfirm-hengzhi-divorce-lecture",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.hengzhenglaw.example.com/jiangtan/2025/0615.html",
        title="婚姻家事纠纷中的常见法律问题——在瓒湖县妇联普法讲堂上的讲稿",
        record_title="婚姻家事纠纷中的常见法律问题——在瓒湖县妇联普法讲堂上的讲稿 | 衡正律所",
        date="2025-06-15",
        notes="law firm page: lecture title with subtitle; speaker line neutral, date under the title; a not-legal-advice notice; a consult prompt with phone; lawyer card",
        page="""
!m 衡正律师事务所 · 家事法律团队
!m 首页 / 律师讲坛 / 正文
!t 婚姻家事纠纷中的常见法律问题——在瓒湖县妇联普法讲堂上的讲稿
衡正律师事务所合伙人　陶慧
（2025年6月15日）
{BODY}
!d 本文系律师讲座整理稿，仅供普法参考，不作为个案处理依据。
!w 遇到家事难题？陶律师团队预约面谈：0739-8826611（工作日）
!l 推荐阅读：彩礼返还的三种情形 ｜ 继承纠纷中的遗嘱效力
""",
        body="""
各位姐妹，大家好！
今天我和大家聊一聊婚姻家事纠纷中几个常见的法律问题。
第一个问题是离婚冷静期。协议离婚的双方在提交申请后三十日内，任何一方不愿意离婚的，可以撤回申请。
第二个问题是夫妻共同债务。夫妻一方为家庭日常生活需要所负的债务，一般认定为共同债务。
第三个问题是子女抚养。两周岁以下的子女以由母亲直接抚养为原则，已满八周岁的要尊重其真实意愿。
最后提醒大家，遇到家庭暴力要及时报警，并注意保存医院病历、照片等证据。
""",
    ),
    dict(
        slug="community-taoyuan-waste-sorting-html",
        site="桃源里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://taoyuanli.example.com/sqgg/2025/0308-66.html",
        title="关于调整小区生活垃圾定时定点投放时间的通知",
        record_title="关于调整小区生活垃圾定时定点投放时间的通知",
        date="2025-03-08",
        notes="residents' site: a schedule table, the committee's own phone kept; the document mentions 关注 the community account as content; a volunteer-signup button and comments",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桃源里社区 - 社区公告</title></head><body>
<header>⟦m 桃源里社区　邻里守望 美好家园⟧</header>
<nav>⟦m 社区公告 | 办事指南 | 志愿服务 | 邻里圈⟧</nav>
<main><h2>{T}</h2>
<p class="by">⟦m 社区居委会　2025-03-08　浏览 1264⟧</p>
{BODY}
<p>⟦a 我要报名当垃圾分类督导志愿者 >⟧</p>
<section class="cmt"><p>⟦l 居民留言（12）⟧</p><p>⟦l 3栋王阿姨：晚上延长到九点好，赞一个⟧</p><p>⟦l 说点什么吧…⟧</p></section></main>
<footer>⟦m 桃源里社区居委会　服务电话：0731-84419020⟧</footer>
</body></html>
""",
        body="""
各位居民：
根据街道生活垃圾分类工作安排，自3月10日起，小区垃圾定时定点投放时间调整如下。
投放点　上午　晚上
东门投放亭　7:00—9:00　18:00—21:00
西区投放亭　7:00—9:00　18:30—21:00
其他时间请将垃圾投放至小区北门的误时投放点。
欢迎居民关注“桃源里社区”公众号，及时了解垃圾分类积分兑换活动。
如有疑问，请联系社区居委会卢主任，电话：13807310266。
桃源里社区居民委员会
2025年3月8日
""",
    ),
    dict(
        slug="association-kuaidi-pledge-greenpack",
        site="瑭溪市快递行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.txkdxh.example.org.cn/xhgg/2025/112.html",
        title="快递包装绿色化倡议书",
        record_title="【协会倡议】快递包装绿色化倡议书",
        date="2025-06-05",
        notes="association page: decorated record title; member login row; a join-association button glued after a sentence; a footer with 社团登记证号",
        page="""
!m 瑭溪市快递行业协会
!a 会员单位登录 ｜ 申请入会
!m 您现在的位置：协会首页 > 协会公告
!t 【协会倡议】快递包装绿色化倡议书
!m 发布人：秘书处　发布于2025-06-05
{BODY}
!l 分享到：微信 微博 钉钉
!m 社会团体登记证号：瑭民社证字第0217号　秘书处电话：0736-2283306
""",
        body="""
全市快递企业和广大从业人员：
6月5日是世界环境日，为减少快递包装废弃物，协会向全行业发出如下倡议。
一是推广使用可循环快递箱，电商件优先采用原装直发，减少二次包装。⟦a 加入协会，共建绿色快递 >>⟧
二是规范包装操作，不过度使用胶带和填充物，禁止使用有毒有害包装材料。
三是在营业网点设置包装回收箱，鼓励消费者交回可再利用的纸箱。
让我们携起手来，为建设美丽瑭溪贡献快递力量。
瑭溪市快递行业协会
2025年6月5日
""",
    ),
    dict(
        slug="corp-wenquan-resort-safety-rules-html",
        site="珂口温泉度假区 (invented)",
        style="企业官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.kekou-hotspring.example.com/about/rules/12.html",
        title="珂口温泉度假区泡池安全管理规定",
        record_title="珂口温泉度假区泡池安全管理规定-珂口温泉度假区官网",
        date="2025-01-02",
        notes="company site: articles speak of 扫码/下载 as content; a booking bar, an online-service float, a footer with a hotline; 实施日期 as the date line",
        page="""
<html><head><meta charset="utf-8"><title>珂口温泉度假区泡池安全管理规定-珂口温泉度假区官网</title></head><body>
<div class="hd">⟦m 珂口温泉度假区　国家4A级旅游景区⟧</div>
<div class="book">⟦a 立即预订　门票 ｜ 酒店 ｜ 套餐⟧</div>
<div class="nav">⟦m 首页　走进度假区　温泉养生　客房餐饮　游客须知　联系我们⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线客服　预订热线 400-880-3316⟧</div>
<div class="ft">⟦d © 2025 珂口温泉旅游开发有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
第一条　为保障游客泡池安全，根据有关规定，制定本规定。
第二条　游客凭电子手环入园，扫码进入泡池区，手环遗失的须立即到服务台挂失。
第三条　饮酒后、空腹或饱餐后不宜泡浴，高血压、心脏病患者及孕妇不得进入高温池。
第四条　儿童须在成人陪同下使用泡池，身高一米二以下儿童不得进入深水池。
第五条　每个泡池配备专职救生员，泡池水质每两小时检测一次，检测结果可扫描池边公示牌查看。
第六条　游客可在官方小程序下载电子版游园须知。
第七条　本规定自2025年1月2日起施行。
""",
    ),
    dict(
        slug="training-quanfeng-boxing-enrol-notice",
        site="拳锋青少年搏击馆 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.quanfeng-boxing.example.com/news/zs2025summer.html",
        title="拳锋青少年搏击馆2025年暑期拳击训练营招生简章",
        record_title="拳锋青少年搏击馆2025年暑期拳击训练营招生简章（附课程表）",
        date=None,
        notes="training school: fee table and the school's own 报名电话 kept next to a site consult popup; a course ad glued; relative time is no date",
        page="""
!m 拳锋搏击 · 让孩子更自信
!w 免费体验课预约：扫码添加教练微信 QF-coach2
!t 拳锋青少年搏击馆2025年暑期拳击训练营招生简章
!m 发布：两周前　阅读 820
{BODY}
!a 立即报名　领取体验券
!m 拳锋青少年搏击馆（城东旗舰店）　营业时间 9:00—21:00
""",
        body="""
暑假即将到来，为帮助青少年强健体魄、锻炼意志，本馆开设暑期拳击训练营。
一、招生对象：七至十六周岁青少年，身体健康，无心脏病等不宜剧烈运动的疾病。
二、班次安排
班次　时间　费用
上午班　7月7日—8月1日 9:00—11:00　2680元
下午班　7月7日—8月1日 15:00—17:00　2680元
三、训练内容：基本步法、拳法组合、体能训练和安全防护知识，结营时举行汇报赛。⟦a 秋季常规班同步招生中，详情咨询前台⟧
四、报名须知：报名时须提交近三个月体检报告，本馆为学员统一购买运动意外险。
报名电话：0731-85526610（前台 易老师）
""",
    ),
]
