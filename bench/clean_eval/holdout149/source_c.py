"""holdout149, part C: Q&A sites, personal collections, Party-building, hospital and university sites, a local forum. Invented text."""

CASES = [
    dict(
        slug="qa-wenbang-dry-port-request",
        site="问邦问答 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wenbang.example.com/question/88102357",
        title="关于申请设立槲源陆港海关监管作业场所的请示",
        record_title="无水港（陆港）设立海关监管场所的请示怎么写？求一篇范文",
        date=None,
        notes="question as the record title; the answer is the document; template placeholders kept; no real date",
        page="""
!m 问邦问答 > 公文写作 > 请示
!l 无水港（陆港）设立海关监管场所的请示怎么写？求一篇范文
!m 提问者：陆港小白　｜　浏览 3102 次　｜　2个回答
!l 我来回答　　　邀请好友
!m 最佳答案　　答主：槲叶先生　采纳率 92%　
{T}
{BODY}
!l 有用(41)　　没用(2)　　评论
!m 回答于 8个月前
!l 其他回答：可以参考海关总署关于监管作业场所管理的规定，格式按请示写就行。
!a 下载问邦App，随时随地提问
""",
        body="""
市人民政府：
槲源陆港位于我县经济开发区，规划面积1.8平方公里，是连接沿海港口与内陆腹地的重要物流节点。为提升通关便利化水平，降低企业物流成本，我县拟申请设立海关监管作业场所。现将有关事项请示如下。
一、建设基础。陆港已建成堆场6.5万平方米、仓库2.2万平方米，铁路专用线与国铁干线接轨，年集装箱吞吐能力可达12万标箱。
二、申请事项。恳请市政府协调海关部门，支持槲源陆港按照相关规定设立海关监管作业场所，开展集装箱进出境查验业务。
三、保障措施。我县将按海关要求配齐查验设施和信息化系统，安排专门工作人员，确保监管场所规范运行。
妥否，请批示。
××县人民政府
××××年××月××日
""",
    ),
    dict(
        slug="qa-zhidaole-html-topiary-host-script",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="主持词",
        kind="other",
        form="html",
        source="https://zhidaole.example.cn/q/5531880.html",
        title="首届槠口园林绿雕展开幕式主持词",
        record_title="首届槠口园林绿雕展开幕式主持词",
        date="2024-04-20",
        notes="Q&A HTML; answer quotes a host script with stage lines; the answer's date line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>首届槠口园林绿雕展开幕式主持词_知道了问答</title>
<script src="//cdn.zhidaole.example.cn/qa.js"></script></head><body>
<div class="hdr">⟦m 知道了问答⟧ ⟦a 提问⟧ ⟦a 登录 / 注册⟧</div>
<div class="q"><h1>{T}</h1><p class="q-info">⟦m 提问于 2024-04-18　来自 园林小苗⟧</p><p>⟦l 悬赏 20 知识币⟧</p></div>
<div class="a best"><p class="a-head">⟦m 推荐答案 · 绿意盎然 · 园林工程师 · 回答于 2024-04-20⟧</p>
{BODY}
<p class="a-foot">⟦l 赞同 58⟧ ⟦l 收起评论⟧ ⟦a 分享答案⟧</p></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 花展开幕式致辞怎么写？⟧</p><p>⟦l 植树节活动主持稿⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考⟧ ⟦m ©2024 zhidaole⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，市民朋友们：
大家上午好！春风送暖，百花争艳。今天，我们相聚在滨江公园，共同见证首届槠口园林绿雕展的开幕。
本次绿雕展以“绿意槠口，生态家园”为主题，共展出绿雕作品42组，其中大型立体绿雕12组，由全市园林工人历时三个月精心修剪、造型完成。
首先，让我们以热烈的掌声欢迎市人民政府副市长致辞。
（致辞）
谢谢副市长的精彩致辞。下面，请园林设计单位代表介绍展览布局。
（介绍）
现在，我宣布，首届槠口园林绿雕展正式开幕！请各位来宾移步参观。
""",
    ),
    dict(
        slug="collection-shoushi-wrapped-memoir",
        site="守时集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://shoushiji.example.net/book/chapter07.txt",
        title="第七章 授时台的夜班",
        record_title="守时集·第七章 授时台的夜班.txt",
        date=None,
        notes="a retired time-service engineer's collection; file-name title; hard-wrapped chapter; chapter nav; no date",
        page="""
!m 守时集 —— 一个授时站老人的回忆
!m 目录 | 上一章 | 下一章
{T}
{BODY}
!l ← 第六章 石英钟与铯钟　　　第八章 退休那一天 →
!m 本章字数：736　更新：很久以前
!d 文集为作者自印，转载请征得本人同意。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
一九八六年冬天，我被调到山顶的授时台值夜班。台里有三部发射机，轮流工作，每天二十四小时不间断地播发标准时间信号。
夜班最要紧的是对时。每隔一小时，我们要把本台的原子钟和上级站的时间比对一次，误差超过十微秒就得报告。那时没有电脑，比对结果全靠手写在一本厚厚的登记簿上。
山上冬天冷，机房里却很暖和，发射机散出的热气让人昏昏欲睡。老站长定了个规矩：夜班不准坐着打盹，困了就去外面转一圈，看看天线。
有一年除夕，全台只剩我和另一个年轻人。零点那一刻，我们俩守着示波器，看着秒脉冲准时跳动，谁也没说话，心里却很踏实。
后来我常想，守时这份工作，说到底就是守住一份责任。
""",
    ),
    dict(
        slug="collection-liuhuang-html-chapter",
        site="硫磺岭往事 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://liuhuangling.example.org/essays/12.html",
        title="硫磺矿的最后一班",
        record_title="硫磺矿的最后一班 — 硫磺岭往事",
        date="2023-11-30",
        notes="personal collection HTML with chapter list sidebar; date written at the end of the essay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>硫磺矿的最后一班 — 硫磺岭往事</title></head><body>
<div class="bookhead">⟦m 硫磺岭往事 · 石敬堂文集⟧</div>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 一、进山⟧</p><p>⟦l 二、炉火⟧</p><p>⟦l 十一、搬家⟧</p><p>⟦l 十二、硫磺矿的最后一班⟧</p></div>
<div class="chapter"><h2>{T}</h2>
{BODY}
</div>
<div class="pager">⟦l 上一篇：搬家⟧ ⟦l 返回目录⟧</div>
<div class="foot">⟦m 文集由作者家人整理上传 · 共12篇⟧ ⟦d 版权所有，请勿转载⟧</div>
<script>var pv=1;</script>
</body></html>
""",
        body="""
二〇〇九年六月，硫磺矿正式闭坑。最后一班是夜班，矿上特意安排我们这些老工人下去再看一眼。
井下还是那股熟悉的味道，刺鼻，却让人想念。巷道两边的支架上，还留着我们当年用粉笔写的班组名字。
升井的时候，天刚亮。矿长站在井口，和每个人握手。有人哭了，有人笑着说终于不用再闻这个味了。
如今矿区已经种满了树，当年的选矿厂变成了一座小小的展览馆。我偶尔带孙子去看，他问我硫磺是什么颜色，我说，是金黄色的，像太阳。
2023年11月30日记于县城
""",
    ),
    dict(
        slug="dangjian-menggang-speech-party-lecture",
        site="锰岗党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.mgdangjian.cn/djkt/202407/t20240701_5521.html",
        title="守初心 保安全 当好锰矿高质量发展排头兵——在“七一”专题党课上的讲稿",
        record_title="守初心 保安全 当好锰矿高质量发展排头兵——在“七一”专题党课上的讲稿",
        record_date="2024-07-01",
        date="2024-07-01",
        notes="Party-building site; speaker line neutral; role kept as given; chrome glued after a 。",
        page="""
!m 锰岗党建网　　凝心聚力 强基固本
!m 当前位置：首页 » 党课讲堂
{T}
锰岗矿业公司党委书记　鲁成岳
!m 来源：公司党委　　发布时间：2024-07-01　　浏览量：
!a 【大字】【小字】【打印】
{BODY}
!l 上一篇：选矿厂党支部开展“安全红旗岗”评选
!l 下一篇：公司召开党风廉政建设工作会议
!m 主办：中共锰岗矿业公司委员会　技术支持：公司信息中心
""",
        body="""
同志们：
今天是党的生日。我们在这里上一堂专题党课，主题是守初心、保安全，当好锰矿高质量发展排头兵。
第一，守初心，就要把职工群众的生命安全放在首位。锰矿开采是高危行业，我们的初心，就是让每一名矿工平安下井、平安升井。今年上半年，公司未发生重伤以上事故，这是全体党员干部和职工共同努力的结果。⟦a 点击收看党课视频回放⟧
第二，保安全，关键在党员带头。每个班组都要有党员示范岗，每一处重大风险点都要有党员责任区。
第三，当排头兵，要在技术革新中走在前面。去年公司低品位锰矿综合利用项目投产，资源回收率提高了6个百分点，党员突击队功不可没。
同志们，让我们不忘初心、牢记使命，为建设安全、绿色、智能的现代化矿山而努力奋斗！
""",
    ),
    dict(
        slug="dangjian-changshi-html-theme-day-plan",
        site="长石公司党建在线 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://dj.changshi-mining.example.com/ztdr/2024/0910/441.html",
        title="长石粉体公司第一党支部9月主题党日活动方案",
        record_title="长石粉体公司第一党支部9月主题党日活动方案 - 党建在线",
        date="2024-09-10",
        notes="Party site HTML with breadcrumbs and a learning-points box; 时间/地点 lines kept; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>长石粉体公司第一党支部9月主题党日活动方案 - 党建在线</title>
<script src="/js/red.js"></script></head><body>
<div class="banner">⟦m 长石公司党建在线⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 支部风采⟧ ⟦m 主题党日⟧ ⟦m 学习园地⟧</div>
<div class="crumb">⟦m 当前位置 : 首页 &gt; 主题党日⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布者：第一党支部　时间：2024-09-10　阅读：88⟧</div>
{BODY}
<div class="score">⟦a 学习本文可获积分 +2，登录后领取⟧</div>
<div class="side">⟦l 学习排行榜⟧ ⟦l 支部动态⟧</div>
<div class="foot">⟦m 长石粉体公司党委主办⟧</div>
</body></html>
""",
        body="""
根据公司党委工作安排，第一党支部定于9月开展“守护绿水青山 建设绿色矿山”主题党日活动，方案如下。
一、活动时间：2024年9月20日（星期五）下午。
二、活动地点：公司东矿区复垦基地。
三、参加人员：支部全体党员、入党积极分子。
四、活动内容
1.重温入党誓词，由支部书记领誓。
2.学习绿色矿山建设有关文件，交流心得。
3.在复垦基地义务植树，每名党员认养一棵树，挂牌管护。
五、工作要求。党员因故不能参加的，须提前向支部书记请假；活动结束后一周内补学并提交心得。
中共长石粉体公司第一支部委员会
2024年9月10日
""",
    ),
    dict(
        slug="hospital-xuanyun-html-vertigo-clinic",
        site="杪田县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.miaotianzyy.com/news/yydt/2024-03-14/1521.html",
        title="我院眩晕专病门诊正式开诊",
        record_title=None,
        date="2024-03-14",
        notes="hospital site HTML; no record title; own consult phone in body next to site hotline; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院眩晕专病门诊正式开诊-杪田县中医院</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="top">⟦m 杪田县中医院　二级甲等中医医院⟧ ⟦m 急救电话：0745-7112120⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦a 预约挂号⟧</div>
<div class="pos">⟦m 首页 ＞ 医院动态⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 文/图：宣传科　发布：2024-03-14　点击量：562⟧</div>
{BODY}
<div class="share">⟦l 分享到⟧ ⟦a 返回列表⟧</div>
<div class="float">⟦a 在线咨询⟧ ⟦a 微信挂号⟧</div>
<div class="foot">⟦m 地址：杪田县杏林路18号　邮编：419600⟧ ⟦m 湘ICP备11002857号⟧</div>
</body></html>
""",
        body="""
3月12日，我院眩晕专病门诊在门诊二楼正式开诊。专病门诊由针灸康复科、耳鼻喉科和神经内科联合组建，为反复头晕、眩晕的患者提供一站式诊疗。
眩晕是门诊常见症状，病因复杂，患者常常辗转多个科室。专病门诊开诊后，患者可在同一诊室完成问诊、体位试验和手法复位，需要进一步检查的，由接诊医生直接开具。
对于耳石症引起的眩晕，门诊开展了手法复位治疗，多数患者一到两次即可明显缓解；对于颈性眩晕，则结合针灸、推拿等中医特色疗法进行综合治疗。
专病门诊开诊时间为每周一至周五上午，咨询电话：0745-7112386。
""",
    ),
    dict(
        slug="hospital-toutong-text-migraine-school",
        site="楮阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cyseyy.cn/jkjy/20240905/887.html",
        title="关于举办偏头痛患者健康课堂的通知",
        record_title="关于举办偏头痛患者健康课堂的通知_楮阳二院",
        date="2024-09-05",
        notes="hospital health-education page; sentences about 扫码报名 are content; date under signature",
        page="""
!m 楮阳市第二人民医院　健康教育
!m 网站首页 >> 健康教育 >> 健康课堂
{T}
!m 作者：神经内科　　2024-09-06　　阅读 219
!l 微信　微博　QQ
{BODY}
!a 【收藏本页】【打印】
!l 相关推荐：睡眠障碍健康讲座 · 脑卒中识别“BE FAST”
!m 预约挂号电话 0913-5208000　　院办电话 0913-5208111
!d Copyright 楮阳市第二人民医院 All Rights Reserved
""",
        date_also=["2024-09-06"],
        body="""
各位患者及家属：
为帮助偏头痛患者科学认识疾病、减少发作，神经内科定于9月14日举办偏头痛患者健康课堂。现将有关事项通知如下。
一、时间：2024年9月14日（周六）上午9:00—11:00。
二、地点：门诊楼五楼学术报告厅。
三、内容：偏头痛的诱因与识别；头痛日记的记录方法；预防用药与急性期用药的注意事项；现场答疑。
四、报名方式：请扫描门诊神经内科候诊区张贴的二维码报名，或拨打科室电话0913-5208432报名，限额80人。
欢迎患者及家属踊跃参加。
神经内科
2024年9月5日
""",
    ),
    dict(
        slug="university-mulin-html-molybdenum-lab",
        site="槲源理工学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyit.edu.cn/info/1032/18826.htm",
        title="关于钼基材料重点实验室2024年度开放课题申报的通知",
        record_title="关于钼基材料重点实验室2024年度开放课题申报的通知-槲源理工学院",
        date="2024-05-06",
        notes="university page; 附件 list kept; own contact email; chrome between paragraphs on a line of its own",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于钼基材料重点实验室2024年度开放课题申报的通知-槲源理工学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="header">⟦m 槲源理工学院　HUYUAN INSTITUTE OF TECHNOLOGY⟧ ⟦a 信息门户⟧ ⟦a 校园邮箱⟧ ⟦a English⟧</div>
<div class="nav">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 科学研究⟧ ⟦m 通知公告⟧</div>
<div class="path">⟦m 当前位置: 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 作者：科技处　时间：2024-05-06　点击数：⟧</div>
{BODY}
<div class="prevnext">⟦l 上一条：关于2024年暑期放假安排的通知⟧ ⟦l 下一条：图书馆端午节开放时间调整⟧</div>
<div class="footer">⟦m 地址：槲源市学院路77号⟧ ⟦m Copyright © 槲源理工学院 版权所有⟧</div>
</body></html>
""",
        body="""
校内各单位，各有关高校和科研院所：
钼基材料重点实验室现面向校内外发布2024年度开放课题申报指南，欢迎相关领域科研人员申报。
一、资助方向：高性能钼合金制备；钼基催化材料；钼资源综合利用与二次资源回收。
二、资助强度：重点课题每项8万元，一般课题每项3万元，研究期限两年。
⟦l 延伸链接：实验室简介 | 仪器设备共享平台⟧
三、申报要求：申请人须具有中级以上职称或博士学位；课题研究须在本实验室完成一定比例的实验工作。
四、申报截止时间：2024年6月15日。请将申请书电子版发送至 mojilab@hyit.edu.cn，纸质版一式三份寄送实验室办公室。
附件：1.开放课题申请书
2.开放课题申报指南
钼基材料重点实验室
2024年5月6日
""",
    ),
    dict(
        slug="university-shiying-text-quartz-seminar",
        site="栝溪大学材料学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cl.guaxi.edu.cn/xwdt/2024/1122/c3308a99812/page.htm",
        title="高纯石英材料学术研讨会在我院召开",
        record_title="高纯石英材料学术研讨会在我院召开",
        record_date="2024-11-22",
        date="2024-11-22",
        notes="college news text with photographer/editor/reviewer lines; record date",
        page="""
!m 栝溪大学材料科学与工程学院
!m 首页 - 新闻动态 - 学院新闻
{T}
!m 发布时间：2024-11-22　来源：材料学院　作者：何穗
{BODY}
!m 文字：何穗　摄影：罗一帆　编辑：温宁　审核：曹俊
!l 【关闭】
!m 地址：栝溪大学东校区材料楼　邮编：343900
""",
        body="""
11月20日至21日，高纯石英材料学术研讨会在我院召开。来自国内十余所高校、科研院所和企业的70余名专家学者参加会议。
开幕式上，学院院长致欢迎辞，介绍了学院在石英提纯、石英坩埚材料方面的研究进展。
研讨会设主旨报告和分组交流两个环节。与会专家围绕高纯石英砂提纯工艺、光伏用石英坩埚寿命提升、半导体级石英器件国产化等议题作了18场报告。
会议期间，学院与两家石英材料企业签订了产学研合作协议，将共建高纯石英联合实验室。
""",
    ),
    dict(
        slug="localforum-bimashan-castor-warning",
        site="蓖麻山社区论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.bimashan.example.cn/forum.php?mod=viewthread&tid=20117",
        title="关于提醒村民防范儿童误食蓖麻籽的通知",
        record_title="【村委发布】关于提醒村民防范儿童误食蓖麻籽的通知",
        date="2024-08-21",
        notes="local forum floor; forum junk lines; village committee notice with its own phone; date in signature",
        page="""
!m 蓖麻山社区论坛 › 村务公开 › 帖子详情
!t 【村委发布】关于提醒村民防范儿童误食蓖麻籽的通知
!m 楼主：蓖麻山村委会　　发表于 2024-08-21 19:45　　查看 733　回复 15
{BODY}
!l 支持　　反对　　举报　　回复
!l 2楼 东坡老王：已转发到家族群
!m 当地人的论坛　bimashan.example.cn
""",
        junk=dict(lines=2, glued=1),
        body="""
各位村民：
近期我村蓖麻进入成熟期。蓖麻籽外观光亮，容易引起儿童好奇，但其含有毒蛋白，误食少量即可引起呕吐、腹痛，严重时危及生命。为保障儿童安全，特提醒如下：
一、房前屋后零星种植的蓖麻，请及时采收，蓖麻籽妥善收存，放在儿童接触不到的地方。
二、家长要告诉孩子，不认识的植物果实不能采、不能吃。
三、一旦发现儿童误食，请立即催吐并尽快送往镇卫生院救治，同时拨打120。
如有疑问，请联系村卫生室，电话：0746-5532017。
蓖麻山村村民委员会
2024年8月21日
""",
    ),
]
