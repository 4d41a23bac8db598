"""holdout145, part C: collections, Party-building sites, hospitals, universities, local forums. Invented text."""

CASES = [
    dict(
        slug="collection-shimo-terrazzo-craftsman-essay",
        site="石墨集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shimoji.example-lit.cn/vol2/27.html",
        title="水磨石地面里的四十年",
        record_title="《石墨集》卷二·第27篇｜水磨石地面里的四十年",
        date="2024-11-02",
        notes="personal collection: chapter navigation before and after; date line under the essay's end; hard-wrapped at 64 columns",
        page="""
!m 《石墨集》—— 退休工匠邬长庚的文字
!l 目录　｜　上一篇：学徒那年　｜　下一篇：给孙子的一封信
!t 《石墨集》卷二·第27篇｜水磨石地面里的四十年
{BODY}
!l ← 返回卷二目录　　　下一篇：给孙子的一封信 →
!m 本集由家人整理上线　字数：约600字
!d 文集内容版权归作者家属所有，未经同意请勿转载。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
一九八四年，我跟着师傅进了县建筑公司的水磨石班。那时候讲究的公共建筑，大厅地面几乎都是水磨石，铜条分格，石子配色，全靠手上功夫。
磨地面是苦活。头遍粗磨，二遍细磨，三遍抛光，机器嗡嗡响一整天，收工时满身泥浆。师傅常说，地面平不平，蹲下来看反光就知道，差一毫米都骗不过眼睛。
后来瓷砖、地板多了，水磨石慢慢少了。前几年县里修缮老电影院，找到我这个老家伙，我带着两个年轻人按老办法修补了门厅，颜色对上了，心里说不出的高兴。
四十年过去，手艺不值什么钱了，但我总觉得，一块磨得发亮的地面，也是留给后人的一点念想。
二〇二四年十一月二日
""",
    ),
    dict(
        slug="collection-html-qiaopi-researcher-chapter",
        site="侨乡笔记 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://qiaoxiangbiji.example-lit.cn/juan3/12.html",
        title="在侨批文化展开幕式上的致辞",
        record_title="侨乡笔记 卷三｜在侨批文化展开幕式上的致辞",
        date="2024-09-28",
        notes="collection chapter page: volume nav and a reader counter; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>侨乡笔记 卷三｜在侨批文化展开幕式上的致辞</title></head><body>
<div class="book">⟦m 侨乡笔记 · 郑汀洲文集⟧</div>
<div class="vol">⟦l 卷一 乡土　卷二 书信　卷三 讲稿　卷四 杂记⟧</div>
<h2>{T}</h2>
<p class="c">郑汀洲</p>
<p class="c">（2024年9月28日）</p>
{BODY}
<div class="pager">⟦l 上一篇：侨批里的家国（讲座提纲）　｜　下一篇：致海外宗亲的信⟧</div>
<div class="count">⟦m 本篇已被阅读 1188 次⟧</div>
<div class="ft">⟦d 文集所收文字均为作者本人所写，引用请注明出处。⟧</div>
</body></html>
""",
        body="""
各位来宾，各位乡亲：
今天，侨批文化展在家乡的侨史馆开幕了。作为一个研究侨批三十多年的老人，我心里非常激动。
侨批是海外侨胞寄回家乡的书信和汇款凭证，一封批，几行字，连着两地亲情，也记录了一个时代的风雨。
这次展出的两百多件侨批，大多是乡亲们从老屋木箱里翻出来捐赠的。我要特别感谢这些家庭，是你们让这些珍贵的记忆得以保存。
希望年轻人多来看看，读一读先辈的家书，记住我们从哪里来。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-html-yuanjiang-disabled-federation-party-day",
        site="沅江党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.yjdj.gov.cn/jcdj/202506/t20250627_55102.html",
        title="县残联机关党支部开展“助残暖心”主题党日活动",
        record_title="【支部风采】县残联机关党支部开展“助残暖心”主题党日活动_沅江党建网",
        date="2025-06-27",
        notes="Party-building portal: study-points badge, 发布时间 the page date, photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】县残联机关党支部开展“助残暖心”主题党日活动_沅江党建网</title></head><body>
<div class="logo">⟦m 沅江党建网⟧ ⟦m 中共沅江县委组织部主办⟧</div>
<div class="nav">⟦m 首页 时政要闻 基层党建 干部工作 人才工作 党员教育⟧</div>
<div class="pos">⟦m 当前位置：首页 → 基层党建 → 支部风采⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-06-27　来源：县残联　作者：冉青⟧</div>
<div class="score">⟦a 阅读本文可获得学习积分 +1⟧</div>
{BODY}
<div class="fx">⟦l 分享到微信 · 分享到微博⟧</div>
<div class="xg">⟦l 相关新闻：县住建局党支部开展清廉机关建设主题党日⟧</div>
<div class="dibu">⟦m 中共沅江县委组织部 主办　电话：0737-2213021　湘ICP备11003320号-3⟧</div>
</body></html>
""",
        body="""
6月26日，县残联机关党支部组织党员走进城西社区，开展“助残暖心”主题党日活动。
党员们首先在社区党群服务中心重温入党誓词，随后分成4个小组，走访慰问18户重度残疾人家庭，为他们送去米面油等生活用品，详细了解康复、就业和辅助器具使用情况。
⟦m 图为党员为残疾人检查轮椅使用情况。⟧
针对走访中发现的3户家庭无障碍改造需求，支部当场登记并纳入今年的改造计划。
支部书记表示，将把主题党日与为民办实事结合起来，让党员在服务残疾人中践行初心。
""",
    ),
    dict(
        slug="dangjian-text-qingtang-party-school-graduation",
        site="青塘先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qtxianfeng.cn/jh/2025/0715/662.html",
        title="在县委党校2025年春季主体班结业式上的讲话",
        date="2025-07-11",
        notes="Party-building text page: date under the speech title, speaker line neutral; study reminder glued after the last paragraph",
        page="""
!m 青塘先锋网　　党员学习的好帮手
!m 首页 > 领导讲话 > 正文
{T}
!m 来源：县委党校　　发布日期：2025年07月15日　　浏览：906
县委常委、组织部部长、党校校长　丁若衡
（2025年7月11日）
{BODY}
!a 【我要评论】【收藏本文】【打印】
!l 推荐学习：在青年干部座谈会上的讲话　|　党员冬春训工作部署会讲话
!m 青塘先锋网版权所有　未经许可不得转载
""",
        indent="\u3000\u3000",
        body="""
同志们：
经过两个月的集中学习，县委党校2025年春季主体班今天结业了。首先，我代表县委，向顺利完成学业的全体学员表示祝贺！
这期主体班共有学员96名，既有乡镇党政正职，也有部门中青年干部。大家认真听课、深入研讨、走进基层调研，形成了一批有质量的调研报告。
希望大家回到岗位后，把学习成果转化为推动工作的实际本领，在急难险重任务中敢于担当；把党校的严格要求带回去，始终做到清正廉洁。
党校要认真总结这期办班经验，进一步改进课程设置，提高培训的针对性和实效性。
同志们，结业不是学习的终点，希望大家学以致用、知行合一，为全县发展作出新的更大贡献！⟦a 点击进入“学习打卡”，完成本篇学习⟧
""",
    ),
    dict(
        slug="hospital-html-baishui-menopause-clinic-float",
        site="白水县妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bsfy.org.cn/news/yydt/2025/0310/1783.html",
        title="我院更年期保健门诊正式开诊",
        record_title="【医院动态】我院更年期保健门诊正式开诊",
        date="2025-03-10",
        record_date="2025-03-10",
        notes="hospital site: floating consult box and appointment line; department's own 咨询电话 kept; sentence to 关注 the hospital account kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院更年期保健门诊正式开诊-白水县妇幼保健院</title></head><body>
<div class="hd">⟦m 白水县妇幼保健院⟧ ⟦m 二级甲等妇幼保健院⟧ <span>⟦m 预约挂号：0769-86121199⟧</span></div>
<div class="nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 日期：2025-03-10　浏览：677次⟧</div>
{BODY}
<div class="pn">⟦l 上一条：我院开展“三八”妇女节义诊活动⟧</div>
<div id="kefu" class="float">⟦w 在线咨询　点击与值班护士对话⟧</div>
<div class="foot">⟦m 地址：白水县人民南路26号　粤ICP备14071826号⟧ ⟦d 本站健康信息仅供参考，不能替代医生面诊。⟧</div>
</body></html>
""",
        body="""
3月8日，我院更年期保健门诊正式开诊，为40至60岁女性提供围绝经期综合保健服务。
门诊由妇女保健科牵头，联合中医科、心理门诊和营养科组成多学科团队，开展症状评估、激素检测、骨密度筛查和个体化干预。
开诊当天，门诊接诊了32位患者，不少人反映潮热、失眠、情绪低落等困扰多年，以前不知道该看哪个科。
门诊时间为每周一至周五上午，咨询电话：0769-86121032。
市民可关注医院公众号，在“预约挂号”栏目选择更年期保健门诊预约就诊。
""",
    ),
    dict(
        slug="hospital-text-jiangxi-tinnitus-clinic-notice",
        site="江夕县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jxxrmyy.com/tzgg/3340.html",
        title="关于耳鸣眩晕专病门诊调整出诊时间的公告",
        record_title="关于耳鸣眩晕专病门诊调整出诊时间的公告_江夕县人民医院",
        date="2025-08-20",
        notes="hospital text page: schedule table kept; hospital switchboard in the footer vs the clinic's phone in the body",
        page="""
!m 江夕县人民医院　　医者仁心　大爱无疆
!m 网站首页 >> 通知公告
{T}
!m 发布人：门诊部　发布时间：2025-08-20 16:12　访问量：388
{BODY}
!a 【打印】【返回】
!m 医院总机：0771-5120000　急诊：0771-5120120
!m Copyright © 江夕县人民医院　桂ICP备12004461号
""",
        body="""
因耳鼻咽喉头颈外科专家门诊安排调整，自2025年9月1日起，耳鸣眩晕专病门诊出诊时间调整如下：
星期　时段　出诊医生
星期二　上午　谭景鸿（主任医师）
星期四　下午　蓝珏（副主任医师）
星期六　上午　谭景鸿（主任医师）
已预约9月1日以后原时段号源的患者，医院将逐一电话通知改约。
专病门诊咨询电话：0771-5121385。
由此给您带来的不便，敬请谅解。
江夕县人民医院门诊部
2025年8月20日
""",
    ),
    dict(
        slug="university-html-nanling-graduate-departure",
        site="南岭学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xgc.nanling-college.edu.cn/info/1021/7712.htm",
        title="关于做好2025届毕业生离校手续办理工作的通知",
        record_title="关于做好2025届毕业生离校手续办理工作的通知-南岭学院学生工作处",
        date="2025-06-03",
        notes="university office page: byline date; numbered steps; sentence to 登录/扫码 kept; office phone kept; footer address chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025届毕业生离校手续办理工作的通知-南岭学院学生工作处</title></head><body>
<div class="header">⟦m 南岭学院 学生工作处（武装部）⟧</div>
<div class="nav">⟦m 首页 | 机构设置 | 思政教育 | 资助中心 | 心理健康 | 下载专区⟧</div>
<div class="ls">⟦m 首页 » 通知公告 » 正文⟧</div>
<form name="_newscontent_fromname">
<h1>{T}</h1>
<div class="tm">⟦m 发布时间：2025-06-03　作者：学生事务中心　点击：⟧<span>⟦m 2861⟧</span></div>
{BODY}
</form>
<div class="pnext">⟦l 上一条：关于2025年端午节放假安排的通知⟧<br>⟦l 下一条：关于开展毕业生文明离校倡议活动的通知⟧</div>
<div class="footer">⟦m 地址：南岭市学府路1号 南岭学院行政楼305　邮编：512000⟧</div>
</body></html>
""",
        body="""
各二级学院：
2025届毕业生离校工作即将开始。为方便毕业生办理离校手续，现将有关事项通知如下。
1.办理时间：6月20日至6月30日。
2.办理方式：毕业生登录学校“一站式离校系统”在线确认图书归还、欠费清缴和宿舍退房，各部门线上审核；确需线下办理的，扫描宿舍楼门口二维码预约。
3.证书发放：离校手续全部审核通过后，由各二级学院统一发放毕业证书和学位证书。
4.有关要求：各学院要做好毕业生安全教育和文明离校教育，严禁在宿舍区焚烧、抛掷物品。
学生事务中心联系电话：0751-6632018。
学生工作处
2025年6月3日
""",
    ),
    dict(
        slug="university-text-qiushan-campus-card-upgrade",
        site="秋山大学网络信息中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://nic.qiushan.edu.cn/tzgg/2025/0818/c2931a51022/page.htm",
        title="关于校园一卡通系统升级期间暂停服务的通知",
        record_title="关于校园一卡通系统升级期间暂停服务的通知 - 网络信息中心",
        date="2025-08-18",
        notes="university text page: times inside sentences not dates of the page; service desk hotline in the body vs footer; title printed twice",
        page="""
!m 秋山大学 · 网络信息中心
!m 首页　服务指南　通知公告　常见问题　下载中心
{T}
!m 作者：运维部　　审核：蔡志航　　时间：2025年08月18日 17:40
{T}
{BODY}
!l 附件下载区：暂无
!m 版权所有：秋山大学网络信息中心　服务台：信息楼一楼大厅
!d 本页内容由网络信息中心负责维护更新
""",
        indent="\u3000\u3000",
        body="""
全校师生：
为提升校园一卡通系统的稳定性和安全性，网络信息中心定于2025年8月23日22:00至8月24日6:00对一卡通核心系统进行升级。现将有关事项通知如下：
一、升级期间，食堂消费、门禁、图书借还和热水控制等一卡通服务暂停使用，请师生提前做好安排。
二、升级期间，宿舍区门禁转为人工值守，请师生出入时主动出示证件。
三、升级完成后，一卡通手机端将新增挂失和补卡预约功能。
如有疑问，请拨打网络信息中心服务热线：0553-2871100。
网络信息中心
2025年8月18日
""",
    ),
    dict(
        slug="localforum-text-quxian-bracken-picking-safety",
        site="渠县在线论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.quxianzx.com/forum.php?mod=viewthread&tid=331882",
        title="关于春季上山采蕨菜注意安全的提醒",
        record_title="[乡镇快讯] 关于春季上山采蕨菜注意安全的提醒 - 渠县在线 - 乡镇板块",
        date="2025-03-29",
        notes="county forum post: signature and floors after; forum junk lines; post time the page date",
        page="""
!m 渠县在线 › 乡镇板块 › 帖子详情
!t [乡镇快讯] 关于春季上山采蕨菜注意安全的提醒
!m 1#　楼主：板桥镇应急办　|　发表于 2025-03-29 09:45　|　只看楼主
{BODY}
!m —— 板桥镇应急办 官方认证账号 ——
!l 2#　山里人家：去年就有人在后山迷路，转了！
!l 3#　老樵夫：蕨菜焯水再吃，别生吃
!a 快速回复　　发帖请遵守版规，禁止发布广告
!m 渠县在线 版权所有　客服QQ群：338120076
""",
        junk=dict(lines=2, glued=1),
        body="""
近期天气转暖，不少群众结伴上山采摘蕨菜。为防止发生迷路、跌落、蛇虫咬伤和山林火灾，板桥镇提醒大家注意以下事项：
一、尽量结伴同行，不到陡坡、悬崖和未开发的深山区域采摘，天黑前必须下山。
二、随身携带手机和充电宝，保持通讯畅通；迷路时原地等待，拨打110或镇应急值班电话0818-7612110求助。
三、严禁携带火种进山，不在山上吸烟、烧纸、野炊。
四、穿长袖长裤和高帮鞋，防止蛇虫叮咬；采回的蕨菜要充分焯水后再食用。
板桥镇应急管理办公室
2025年3月29日
""",
    ),
    dict(
        slug="localforum-html-tanxi-raspberry-festival-jammer",
        site="潭溪生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tanxilife.com/thread-99812-1-1.html",
        title="第二届树莓采摘节活动安排",
        record_title="第二届树莓采摘节活动安排 - 潭溪吃喝玩乐 - 潭溪生活网",
        date="2025-06-05",
        notes="township forum HTML with jammer fonts; traffic table kept; sentence asking readers to 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第二届树莓采摘节活动安排 - 潭溪吃喝玩乐 - 潭溪生活网</title></head><body>
<div id="toptb">⟦m 潭溪生活网 — 潭溪人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="pt">⟦m 潭溪生活网 › 潭溪吃喝玩乐 › 第二届树莓采摘节活动安排⟧</div>
<div class="hm">⟦l 查看: 5120 | 回复: 63⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 树莓姐姐 | 发表于 2025-6-5 08:20⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 5 威望 +6 收起 理由⟧</div>
<div class="pob">⟦a 回复 | 举报 | 收藏 | 分享到朋友圈⟧</div>
<div class="ft">⟦m Powered by Discuz! © 2009-2025 潭溪生活网⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
由镇政府主办、红岩村树莓专业合作社承办的第二届树莓采摘节将于6月14日开幕，活动持续到6月底。
活动期间，游客可进园自主采摘，入园免费，采摘的树莓按每斤30元计价。开幕当天还有树莓果酱制作体验、农特产品集市和乡村音乐会。
自驾和公交线路如下：
方式　路线　备注
自驾　县城—潭溪大桥—红岩村　园区设临时停车场
公交　县客运站乘6路至红岩村站　每30分钟一班
为避免人流过于集中，请大家扫描入口处二维码预约入园时段。
""",
    ),
]
